"""An agent's first tool turn, made by the real OpenAI and Anthropic Python SDKs through a LiteLLM proxy.

Usage: python sdk-driver.py BASE_URL MODEL   (the proxy key in $SDK_API_KEY)
Prints one JSON line: for each call, ok + whether a structured tool call came back, or the error's class,
HTTP status and message. Each call is what an agent sends first: one function tool, tool_choice auto
(the only choice Claude Code, Codex and the OpenAI Agents SDK send) and a question whose answer is that call.
"""

import json
import os
import sys

import anthropic
import openai

BASE_URL, MODEL = sys.argv[1], sys.argv[2]
KEY = os.environ["SDK_API_KEY"]
PROMPT = "What time is it in UTC right now? Use the get_current_time tool to find out."
NAME = "get_current_time"
DESCRIPTION = "Returns the current time in a time zone."
SCHEMA = {
    "type": "object",
    "properties": {"timezone": {"type": "string", "description": "IANA time zone, e.g. UTC"}},
    "required": ["timezone"],
}
# No retries: a refusal must show as one, and every wait stays bounded.
oai = openai.OpenAI(base_url=f"{BASE_URL}/v1", api_key=KEY, max_retries=0, timeout=60)
# An explicit timeout: without one anthropic 2.14.0 itself refuses a non-streaming max_tokens of 32000 before
# sending anything (ValueError: "Streaming is required for operations that may take longer than 10 minutes").
ant = anthropic.Anthropic(base_url=BASE_URL, api_key=KEY, max_retries=0, timeout=60)


def is_object(text):
    try:
        return isinstance(json.loads(text), dict)
    except (TypeError, ValueError):
        return False


def chat():
    r = oai.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": PROMPT}],
        tools=[{"type": "function", "function": {"name": NAME, "description": DESCRIPTION, "parameters": SCHEMA}}],
        tool_choice="auto",
    )
    message = r.choices[0].message
    for call in message.tool_calls or []:
        if call.function and is_object(call.function.arguments):
            return True, f"{call.function.name}({call.function.arguments})"
    return False, message.content or ""


def responses():
    r = oai.responses.create(
        model=MODEL,
        input=PROMPT,
        tools=[{"type": "function", "name": NAME, "description": DESCRIPTION, "parameters": SCHEMA, "strict": False}],
        tool_choice="auto",
    )
    for item in r.output:
        if item.type == "function_call" and is_object(item.arguments):
            return True, f"{item.name}({item.arguments})"
    return False, r.output_text or ""


def messages():
    # Claude Code asks for max_tokens 32000 on every turn.
    r = ant.messages.create(
        model=MODEL,
        max_tokens=32000,
        messages=[{"role": "user", "content": PROMPT}],
        tools=[{"name": NAME, "description": DESCRIPTION, "input_schema": SCHEMA}],
        tool_choice={"type": "auto"},
    )
    for block in r.content:
        if block.type == "tool_use" and isinstance(block.input, dict):
            return True, f"{block.name}({json.dumps(block.input)})"
    return False, " ".join(b.text for b in r.content if b.type == "text")


def outcome(call):
    try:
        tool_call, reply = call()
        return {"ok": True, "toolCall": tool_call, "reply": reply[:300]}
    except Exception as e:  # the SDK's own error classes: APIStatusError, APIConnectionError, ...
        return {
            "ok": False,
            "toolCall": False,
            "errorClass": type(e).__name__,
            "status": getattr(e, "status_code", None),
            "message": str(getattr(e, "message", None) or e)[:600],
        }


print(
    json.dumps(
        {
            "openai.chat": outcome(chat),
            "openai.responses": outcome(responses),
            "anthropic.messages": outcome(messages),
            "versions": {"openai": openai.__version__, "anthropic": anthropic.__version__},
        }
    )
)
