"""What the actions do: each controller owns a few actions of the registry and acts on the workspace."""
