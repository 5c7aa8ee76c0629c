/**
 * The optional LLM brief writer: rewrites the summary, Why It Matters and explainer from the
 * story's source sentences through an OpenAI-compatible or Anthropic chat model (LangChain4j),
 * checks every generated sentence against the sources and withholds what they do not support.
 * Configured by the application's {@code storyline.llm.*} settings ({@link
 * dev.storyline.brief.llm.LlmSettings}); without them the extractive writer serves.
 */
package dev.storyline.brief.llm;
