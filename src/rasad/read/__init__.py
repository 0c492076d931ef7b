"""Readers: bytes and files in, `InputDoc`s (or `Reject`s with a reason) out."""

from rasad.read.decode import Decoded, DecodeError, decode_bytes
from rasad.read.inputs import InputDoc, Reject, iter_inputs

__all__ = ["DecodeError", "Decoded", "InputDoc", "Reject", "decode_bytes", "iter_inputs"]
