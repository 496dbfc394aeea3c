"""Talking to any OpenAI-compatible chat-completions endpoint (vLLM, Ollama, llama.cpp
server, TGI, hosted APIs): settings, an async client with retries, a response cache."""

from apigen.llm.client import ChatClient, ChatResult, LLMError, Usage
from apigen.llm.config import LLMSettings

__all__ = ["ChatClient", "ChatResult", "LLMError", "LLMSettings", "Usage"]
