"""Arabic named-entity recogniser."""
