"""Analysis: pure functions over the store that return DataFrames or plain objects."""
