using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>"What articles do you have?", "list the latest stories": what the archive holds, newest first, each article cited at its opening sentence.</summary>
/// <remarks>
/// A newsroom's first question to a new tool is often what it has read. Asked as a question, "what articles do you
/// have?" matched passages about anything and quoted them; asked as "list the articles", it became a summary of
/// "list the". This is a list of the archive itself, so it searches nothing: the count, outlets and dates come from
/// the index, and each listed article is cited at its first sentence, so "show source 2" opens it.
/// </remarks>
public sealed partial class ArticleCatalogue(IPassageStore store)
{
    private const int Shown = 10;
    private const int FoldersNamed = 12;

    // Words that may stand before "articles" without naming a folder: "what other stories do you have?".
    private static readonly HashSet<string> NotFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "other", "more", "new", "old", "older", "recent", "latest", "newest", "top", "main", "big", "important", "good", "interesting", "all", "these", "those",
    };

    /// <summary>
    /// The request when <paramref name="utterance"/> asks what the archive holds ("what articles do you have?"), with
    /// the word before "articles" when there is one ("list the tech stories": "tech"), which may name a folder; null
    /// for any other message.
    /// </summary>
    public static CatalogueRequest? Read(string utterance)
    {
        var match = Request().Match(utterance.Trim());
        return !match.Success ? null
            : new CatalogueRequest(match.Groups["folder"] is { Success: true } folder && !NotFolders.Contains(folder.Value) ? folder.Value : null);
    }

    /// <summary>
    /// How many articles there are, from which outlets and dates, and the newest ten, each cited at its first sentence;
    /// with <paramref name="folder"/>, the same for that top-level folder, or null when no folder has that name.
    /// </summary>
    public async Task<Answer?> ListAsync(string? folder, CancellationToken cancellationToken)
    {
        var corpus = await store.OverviewAsync(cancellationToken).ConfigureAwait(false);
        var named = folder is null ? (KeyValuePair<string, int>?)null : corpus.Folders.FirstOrDefault(f => f.Key.Equals(folder, StringComparison.OrdinalIgnoreCase));
        if (folder is not null && named?.Key is null)
        {
            return null;
        }

        if (corpus.Articles == 0)
        {
            return Answer.Message("No articles have been added yet. Add files to the inbox folder, or run `bot ingest FOLDER`.");
        }

        var latest = await store.LatestArticlesAsync(Shown, named?.Key, cancellationToken).ConfigureAwait(false);
        var openings = await OpeningsAsync(latest, cancellationToken).ConfigureAwait(false);
        var citations = openings.Select(o => o.Citation).ToList();
        int total = named?.Value ?? corpus.Articles;
        string holds = named is { } f ? $"I have {ArticleCount.Of(f.Value, "article")} in {f.Key}" : $"I have {Greeting.Describe(corpus)}{InFolders(corpus.Folders)}";
        // One dated article first and the rest by name is no order by date: "Newest first" needs two dates to compare.
        var text = new StringBuilder(Heading(holds, total, citations.Count, dated: latest.Count(a => a.Published is not null) > 1));
        foreach (var citation in citations)
        {
            text.AppendEntry(citation);
        }

        if (citations.Count < total)
        {
            text.Append("\n\nFor the others, ask which stories mention a subject (“which stories mention Torkham?”), or ask a question.");
        }

        return new Answer(text.ToString(), Abstained: false, citations, openings.Select(o => new SearchHit(o.Passage, 0, 0, 0)).ToList());
    }

    // Each article cited at its first passage's opening sentence, numbered in the order given.
    private async Task<List<(Citation Citation, Chunking.ArticleChunk Passage)>> OpeningsAsync(IReadOnlyList<Articles.NewsArticle> articles, CancellationToken cancellationToken)
    {
        var passages = await store.PassagesOfAsync(articles.Select(a => a.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var first = passages.GroupBy(p => p.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MinBy(p => p.Start)!, StringComparer.Ordinal);
        return articles.Where(a => first.ContainsKey(a.Id))
            .Select((a, i) => (Citation.Of(i + 1, first[a.Id], Opening(first[a.Id].Text, a.Title)), first[a.Id]))
            .ToList();
    }

    private static string Heading(string holds, int total, int shown, bool dated) =>
        shown == total ? $"{holds}{(dated && shown > 1 ? ". Newest first:" : ":")}"
            : $"{holds}. {(dated ? "The newest" : "The first")} {shown}{(dated ? string.Empty : " by name")}:";

    // An archive in topic folders (business/, tech/) says what it covers by its folders.
    private static string InFolders(IReadOnlyList<KeyValuePair<string, int>> folders) =>
        folders.Count < 2 ? string.Empty
            : $" in {folders.Count} folders: {string.Join(", ", folders.Take(FoldersNamed).Select(f => $"{f.Key} ({ArticleCount.Number(f.Value)})"))}"
              + (folders.Count > FoldersNamed ? $" and {folders.Count - FoldersNamed} more" : string.Empty);

    // The first sentence that is not the headline again (some files repeat it as their first line).
    private static TextSpan Opening(string passage, string title)
    {
        var sentences = SentenceSplitter.Split(passage);
        return sentences.FirstOrDefault(s => !string.Equals(s.Of(passage).Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)) is { Length: > 0 } opening ? opening
            : sentences.Count > 0 ? sentences[0] : new TextSpan(0, passage.Length);
    }

    // The whole message must be about the archive as such: "list the articles", "what stories do you have?", "how many
    // articles are there?", "what's the latest news?". A subject ("… about Iran", "the latest on Torkham") makes it a
    // mention list or a summary instead, so nothing may follow but punctuation. "Tell me about the tech news" and "what's
    // the sport news?" name a folder (or, when no folder has that name, a subject to list the stories of).
    [GeneratedRegex(@"^(?:(?:please|ok|okay|so|and|hi|hello)[,\s]+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:"
        + @"(?:list|show(?:\s+me)?|give\s+me|tell\s+me(?:\s+about)?|display|name)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:latest\s+|newest\s+|recent\s+|most\s+recent\s+)?(?:news\s+)?(?:(?<folder>[\p{L}\d_-]+)\s+)?(?:articles|stories|headlines|reports|news|pieces)(?:\s+(?:you\s+have|you've\s+got|you\s+know(?:\s+about)?|in\s+(?:the|your)\s+(?:archive|collection|index|corpus|database)|available))?"
        + @"|(?:what|which)\s+(?:news\s+)?(?:(?<folder>[\p{L}\d_-]+)\s+)?(?:articles|stories|headlines|reports)\s+(?:do\s+you\s+have|have\s+you\s+got|are\s+there|are\s+available|are\s+in\s+(?:the|your)\s+(?:archive|collection|index|corpus|database)|can\s+you\s+search|do\s+you\s+know(?:\s+about)?|have\s+you\s+read|did\s+you\s+read)"
        + @"|how\s+many\s+(?:news\s+)?(?:(?<folder>[\p{L}\d_-]+)\s+)?(?:articles|stories|reports)\s+(?:do\s+you\s+have|have\s+you\s+got|are\s+there|are\s+in\s+(?:the|your)\s+(?:archive|collection|index|corpus|database)|can\s+you\s+search|do\s+you\s+know(?:\s+about)?|have\s+you\s+read)"
        + @"|what(?:'s|’s|\s+is)\s+in\s+(?:the|your)\s+(?:archive|collection|index|corpus|database)"
        + @"|what(?:'s|’s|s|\s+is)\s+(?:new|happening|going\s+on)(?:\s+today)?|(?:any|anything)\s+new|any\s+news"
        + @"|what\s+(?:topics|subjects|areas|sections)\s+(?:do\s+you\s+(?:cover|have|know(?:\s+about)?)|are\s+(?:there|covered)|does\s+(?:the|your)\s+(?:archive|collection)\s+cover)"
        + @"|(?:what|which)(?:'s|’s|\s+is|\s+are)\s+(?:the|your)\s+(?:latest|newest|most\s+recent)\s+(?:news\s+)?(?:(?<folder>[\p{L}\d_-]+)\s+)?(?:articles?|stories|story|headlines?|news|reports?)"
        + @"|what(?:'s|’s|\s+is)\s+(?:the\s+)?(?:(?!the\b)(?<folder>[\p{L}\d_-]+)\s+)?news"
        + @")\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}

/// <summary>A request for the archive's list; <paramref name="Folder"/> is the word that may name one of its folders ("tech"), or null.</summary>
public sealed record CatalogueRequest(string? Folder);
