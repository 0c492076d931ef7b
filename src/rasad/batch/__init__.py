"""Batch runs: the one pipeline over sharded inputs on Dask (or in-process), to Parquet and/or a store.

`run_batch(inputs, out_dir, db=..., workers=N | scheduler="tcp://host:8786")`; Dask and pyarrow come with the
`[dask]` extra and are imported only when a run needs them.
"""

from rasad.batch.runner import BatchSummary, ShardResult, Targets, process_shard, run_batch
from rasad.batch.shards import Plan, Shard, plan_shards, read_shard

__all__ = ["BatchSummary", "Plan", "Shard", "ShardResult", "Targets", "plan_shards", "process_shard", "read_shard",
           "run_batch"]
