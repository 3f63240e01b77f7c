"""Text to figures: sentences, numbers, qualifiers, quantities, indicators, the engine."""
