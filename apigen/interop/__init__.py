"""Reading and writing other people's tools and datasets: OpenAI, xLAM, BFCL, glaive, Hermes."""
