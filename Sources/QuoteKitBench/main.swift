print("quotekit-bench: not built yet")
