"""Name resolution, type checking, lowering to IR, the reference interpreter and analyses."""
