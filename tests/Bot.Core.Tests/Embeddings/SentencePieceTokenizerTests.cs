using Bot.Core.Embeddings.UseLite;

namespace Bot.Core.Tests.Embeddings;

public sealed class SentencePieceTokenizerTests
{
    private static SentencePieceTokenizer Tokenizer => UseLiteTestModel.Generator.Tokenizer;

    [Fact]
    public void Encode_ReferenceSentence_MatchesJavaScriptTokenizerIds()
    {
        var ids = Tokenizer.Encode("The cat sits on the mat.");

        Assert.Equal([34, 1163, 1656, 7, 25, 9, 688, 17, 6], ids);
    }

    [Fact]
    public void Encode_EmptyString_ReturnsNoTokens()
    {
        Assert.Empty(Tokenizer.Encode(string.Empty));
    }

    [Fact]
    public void Encode_LongText_TruncatesTo128Tokens()
    {
        var text = string.Join(' ', Enumerable.Repeat("Pakistani and Afghan officials discussed border security.", 40));

        var ids = Tokenizer.Encode(text);

        Assert.Equal(SentencePieceTokenizer.MaxTokens, ids.Length);
        Assert.Equal(Tokenizer.Encode("Pakistani and Afghan officials")[..4], ids[..4]);
    }

    [Fact]
    public void Encode_UncoveredCharacters_MergesConsecutiveUnknownsIntoOneId()
    {
        var ids = Tokenizer.Encode("\u4E16\u754C\u4F60\u597D");

        Assert.Equal(1, ids.Count(id => id == SentencePieceTokenizer.UnknownId));
        Assert.DoesNotContain(ids.Zip(ids.Skip(1)), pair => pair.First == 0 && pair.Second == 0);
    }

    [Fact]
    public void Encode_FullWidthLetters_AreNfkcNormalisedFirst()
    {
        Assert.Equal(Tokenizer.Encode("Hello world"), Tokenizer.Encode("\uFF28\uFF45\uFF4C\uFF4C\uFF4F world"));
    }

    [Fact]
    public void Encode_LoneSurrogate_DoesNotThrow()
    {
        var ids = Tokenizer.Encode("bad \uD800 text");

        Assert.Contains(SentencePieceTokenizer.UnknownId, ids);
    }
}
