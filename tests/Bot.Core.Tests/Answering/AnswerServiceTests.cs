using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

[Collection(SeedEngineCollection.Name)]
public sealed class AnswerServiceTests(SeedEngineFixture engine)
{
    private readonly AnswerService _answers = engine.Get<AnswerService>();
    private readonly NewsIndex _index = engine.Get<NewsIndex>();

    [Fact]
    public async Task Ask_ParaphrasedQuestion_FindsTheSentenceByMeaning()
    {
        var answer = await _answers.AskAsync("How many soldiers died in the NATO strike?");

        Assert.False(answer.Abstained);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("killed 24 Pakistani soldiers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Who led the Afghan delegation in Rawalpindi?")]
    [InlineData("Where does it say the air strike was unintentional?")]
    [InlineData("What did Iran seek from Pakistan?")]
    public async Task Ask_AnyAnswer_CitesPassagesThatContainTheQuoteVerbatim(string question)
    {
        var answer = await _answers.AskAsync(question);

        Assert.NotEmpty(answer.Citations);
        foreach (var citation in answer.Citations)
        {
            var body = _index.Articles[citation.ArticleId].Body;
            Assert.Equal(citation.Quote, body[citation.Start..citation.End]);
            Assert.Contains($"[{citation.Number}]", answer.Text, StringComparison.Ordinal);
            Assert.Contains(citation.Quote, answer.Passages.Single(p => p.Chunk.Id == citation.ChunkId).Chunk.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("What does TTP stand for?", "Tehreek-e-Taliban Pakistan (TTP)")]
    [InlineData("What does the acronym DGMO stand for?", "Director General Military Operations (DGMO)")]
    public async Task Ask_WhatAnAcronymStandsFor_QuotesTheSentenceThatSpellsItOut(string question, string spelledOut)
    {
        var answer = await _answers.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(spelledOut, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the population of Kabul?")]
    [InlineData("Who won the cricket world cup?")]
    [InlineData("What did the Supreme Court order the new government to report on?")]
    public async Task Ask_QuestionTheArticlesDoNotCover_AbstainsAndSuggestsTopics(string question)
    {
        var answer = await _answers.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Contains("don't cover", answer.Text, StringComparison.Ordinal);
        Assert.Contains("“", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithArticleFilter_CitesOnlyThatArticle()
    {
        var answer = await _answers.AskAsync("Who led the delegation?", new SearchFilter(ArticleIds: ["002_fc7e1f14d72009a2.txt"]));

        Assert.All(answer.Passages, p => Assert.Equal("002_fc7e1f14d72009a2.txt", p.Chunk.ArticleId));
        Assert.All(answer.Citations, c => Assert.Equal("002_fc7e1f14d72009a2.txt", c.ArticleId));
    }

    [Fact]
    public async Task Ask_WithDateRange_ExcludesArticlesOutsideIt()
    {
        var answer = await _answers.AskAsync("border security talks", new SearchFilter(From: new DateOnly(2016, 1, 1), To: new DateOnly(2016, 12, 31)));

        Assert.All(answer.Passages, p => Assert.Equal(new DateOnly(2016, 7, 26), p.Chunk.Published));
    }

    [Fact]
    public async Task Ask_GovernmentNamedByItsCapital_ReadsTheCapitalAsTheCountryAndSaysSo()
    {
        // No seed article uses "Washington"; they write "US". Without the reading, an unknown name means "not covered".
        var answer = await _answers.AskAsync("What did the parliamentary committee recommend for resetting ties with Washington?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("40 recommendations", StringComparison.Ordinal));
        Assert.Contains("Read “Washington” as “US”", answer.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PluralAcronym_IsAWordThatMayBeParaphrasedNotAnUnknownName()
    {
        // The seeds say "parliamentarians", never "MPs".
        var answer = await _answers.AskAsync("What did the Tehrik-e-Taliban Pakistan warn it would do to MPs?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("parliamentarians", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Is polio spreading in Pakistan?")]
    [InlineData("Did the floods damage Torkham?")]
    public async Task Ask_YesOrNoQuestionOnAWordNoArticleUses_Abstains(string question)
    {
        var answer = await _answers.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Ask_YesOrNoQuestionInOtherWords_IsStillAnswered()
    {
        var answer = await _answers.AskAsync("Did Iran ask Pakistan for cooperation on border security?");

        Assert.False(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("What did Iran request from Pakistan?")]
    [InlineData("What did Iran seek from Pakistan?")]
    public async Task Ask_VerbANewsStoryWritesAnotherWay_FindsTheSentence(string question)
    {
        // The story says Iran "sought" cooperation; the encoder's vectors for "request" and "sought" are not close.
        var answer = await _answers.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("sought cooperation from Pakistan", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
