"""HTML stages: parse, clean, choose the main content, turn it into blocks."""
