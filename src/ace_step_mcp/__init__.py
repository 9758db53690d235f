"""ace-step-mcp: ACE Step music tools for AI agents, over MCP, on RunComfy's Model API."""

__version__ = "0.1.0"
