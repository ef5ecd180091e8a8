"""The live preview: a pure, caching renderer and the Qt side that runs it off the UI thread."""
