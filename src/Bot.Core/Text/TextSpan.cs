namespace Bot.Core.Text;

/// <summary>A run of characters in a text: where it starts and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns the characters of <paramref name="text"/> this span covers.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
