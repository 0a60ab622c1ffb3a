namespace Bot.Web;

/// <summary>The body of every error reply: <c>{"error": "…"}</c>.</summary>
internal sealed record ErrorBody(string Error);
