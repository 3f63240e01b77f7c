"""Who reported a figure, when it holds and where: sources, dates, places."""
