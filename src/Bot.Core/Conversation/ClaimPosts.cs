using System.Text.RegularExpressions;

namespace Bot.Core.Conversation;

/// <summary>
/// A lesser post than the claim's: "Farid Nasibov was made Azerbaijan's energy minister" is not made by "… had been appointed
/// deputy energy minister of Azerbaijan", which holds every word of the claim. A deputy, an assistant or a shadow holds
/// another post, so a sentence that writes such a word just before the claim's post, when the claim writes none, is about
/// that other post.
/// </summary>
internal static partial class ClaimPosts
{
    /// <summary>The claim's post and the sentence's lesser post in its place; null when the sentence names no lesser post.</summary>
    public static (string Claimed, string Said)? Lesser(string claim, string sentence)
    {
        if (Rank().IsMatch(claim) || Post().Match(claim) is not { Success: true } post)
        {
            return null;
        }

        var lesser = Regex.Match(sentence, $@"\b(?<rank>{Ranks})(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+{Regex.Escape(post.Value)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return lesser.Success ? (post.Value, lesser.Value) : null;
    }

    private const string Ranks = "deputy|vice|assistant|associate|junior|shadow|under-secretary";

    [GeneratedRegex(@"\b(?:" + Ranks + @")\b|\bvice-", RegexOptions.IgnoreCase)]
    private static partial Regex Rank();

    [GeneratedRegex(@"\b(?:head\s+)?(?:coach|teacher)\b|\b(?:minister|secretary|manager|chief executive|director|president|chairman|chairwoman|chair|governor|editor|captain|commissioner|mayor|speaker|leader|head)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Post();
}
