"""The FastAPI service that storefronts and search boxes call."""
