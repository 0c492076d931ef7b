"""Training scripts that rebuild the models shipped under `rasad/models/`."""
