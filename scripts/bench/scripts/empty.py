# An empty script: the start-up cost of one run.
