"""Getting page bytes and turning them into text."""
