"""Sections: the story turned into view models and HTML, one module per section."""
