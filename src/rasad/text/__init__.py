"""Text layer: normalisation with an offset map, and segmentation into paragraphs, sentences and tokens."""

from rasad.text.normalise import Normalised, normalise, normalise_str
from rasad.text.segment import Sentence, Token, paragraphs, sentences, tokenize

__all__ = ["Normalised", "Sentence", "Token", "normalise", "normalise_str", "paragraphs", "sentences", "tokenize"]
