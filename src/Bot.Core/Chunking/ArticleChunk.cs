using Bot.Core.Text;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Chunking;

/// <summary>A passage of an article: the unit that is retrieved, embedded and cited.</summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="End"/> are character offsets into the cleaned article body, so a
/// citation can point at the exact sentence; <see cref="Sentences"/> are spans relative to <see cref="Text"/>.
/// </para>
/// <para>
/// The text is held in one of two ways, whichever was set last. A passage cut from an article sets
/// <see cref="Body"/>: it keeps a reference to the article's body string (which the index keeps anyway for
/// source pages and citations) and <see cref="Text"/> is the slice [Start, End). Overlapping passages copied
/// out of their bodies would otherwise hold the corpus text more than twice. A passage that arrives without
/// its article (a search service's result) sets <see cref="Text"/> and owns it; its Start/End still name the
/// passage's place in the body, but nothing is sliced by them.
/// </para>
/// </remarks>
public sealed record ArticleChunk
{
    /// <summary>"{articleId}#{ordinal}".</summary>
    [VectorStoreKey]
    public required string Id { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public required string ArticleId { get; init; }

    [VectorStoreData]
    public required string Title { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public string? Outlet { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public DateOnly? Published { get; init; }

    [VectorStoreData]
    public required int Ordinal { get; init; }

    [VectorStoreData]
    public required int Start { get; init; }

    [VectorStoreData]
    public required int End { get; init; }

    /// <summary>True when a sentence starting <paramref name="offset"/> characters into this passage is the article's opening (its lead).</summary>
    public bool OpensArticleAt(int offset) => Ordinal == 0 && offset == 0;

    // The body when _isBodySlice, otherwise the passage's own text.
    private readonly string _source = string.Empty;
    private readonly bool _isBodySlice;

    /// <summary>The whole cleaned body this passage is a slice of; null when the passage owns its text.</summary>
    public string? Body
    {
        get => _isBodySlice ? _source : null;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _source = value;
            _isBodySlice = true;
        }
    }

    /// <summary>The passage text. For a slice of a body this allocates a copy on each read; hot paths use <see cref="TextMemory"/> or <see cref="TextOf"/>.</summary>
    [VectorStoreData(IsFullTextIndexed = true)]
    public string Text
    {
        get => _isBodySlice ? _source[Start..End] : _source;
        init
        {
            _source = value ?? string.Empty;
            _isBodySlice = false;
        }
    }

    /// <summary>The passage text without copying it.</summary>
    public ReadOnlyMemory<char> TextMemory => _isBodySlice ? _source.AsMemory(Start, End - Start) : _source.AsMemory();

    /// <summary>The characters of <paramref name="span"/> (relative to <see cref="Text"/>), copied straight from the source.</summary>
    public string TextOf(TextSpan span) => TextMemory.Span.Slice(span.Start, span.Length).ToString();

    /// <summary>The headline and the article up to body offset <paramref name="end"/>, as far as this passage holds it: the whole
    /// body before it for a slice of a body, the passage's own text up to it otherwise.</summary>
    /// <remarks>What a reader has read by then: a name written there is one the story has already introduced.</remarks>
    public string HeadlineAndTextTo(int end) =>
        Title + "\n" + (_isBodySlice ? _source[..Math.Clamp(end, 0, _source.Length)] : _source[..Math.Clamp(end - Start, 0, _source.Length)]);

    /// <summary>The sentences of <see cref="Text"/>, as spans relative to it.</summary>
    public required IReadOnlyList<TextSpan> Sentences { get; init; }

    /// <summary>One embedding per entry of <see cref="Sentences"/>, so answers can be scored sentence by sentence without re-embedding.</summary>
    public IReadOnlyList<ReadOnlyMemory<float>> SentenceEmbeddings { get; init; } = [];

    /// <summary>The passage's embedding; empty until the passage has been embedded.</summary>
    [VectorStoreVector(512, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Embedding { get; init; }
}
