using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"What articles do you have?": the archive's size, outlets and dates, and its newest articles, each cited at its first sentence.</summary>
[Collection(SeedEngineCollection.Name)]
public sealed class ArticleCatalogueTests(SeedEngineFixture engine)
{
    [Theory]
    [InlineData("list the articles")]
    [InlineData("List all the stories you have.")]
    [InlineData("what articles do you have?")]
    [InlineData("Which stories are there?")]
    [InlineData("how many articles do you have")]
    [InlineData("How many stories are in the archive?")]
    [InlineData("what's in the archive?")]
    [InlineData("show me the latest headlines")]
    [InlineData("what's the latest news?")]
    [InlineData("What is the newest story?")]
    [InlineData("can you list your articles?")]
    [InlineData("ok, what stories do you know about?")]
    [InlineData("What topics do you cover?")]
    [InlineData("what's new?")]
    [InlineData("Any news?")]
    [InlineData("what's the news?")]
    public void Read_ForTheArchiveAsSuch_IsARequest(string utterance) => Assert.NotNull(ArticleCatalogue.Read(utterance));

    [Theory]
    // A subject makes it a mention list, a summary or a question.
    [InlineData("which stories mention Torkham?")]
    [InlineData("what articles do you have about Iran?")]
    [InlineData("What's the latest on Gwadar port?")]
    [InlineData("list the demands Iran made")]
    [InlineData("How many articles say the strike was unintentional?")]
    [InlineData("Which article reports the Torkham closure?")]
    [InlineData("show source 2")]
    [InlineData("how many soldiers died in the NATO strike?")]
    [InlineData("summarize the news")]
    [InlineData("what's new with Harbour Foods?")]
    [InlineData("what is the news on Vellmark?")]
    public void Read_AnythingElse_IsNull(string utterance) => Assert.Null(ArticleCatalogue.Read(utterance));

    [Theory]
    [InlineData("list the tech stories", "tech")]
    [InlineData("What sport articles do you have?", "sport")]
    [InlineData("how many business stories are there?", "business")]
    [InlineData("what other stories do you have?", null)]
    [InlineData("list the latest stories", null)]
    [InlineData("tell me about the tech news", "tech")]
    [InlineData("what's the sport news?", "sport")]
    [InlineData("What is the latest business news?", "business")]
    [InlineData("what articles do you have?", null)]
    public void Read_AWordBeforeArticles_MayNameAFolder(string utterance, string? folder) =>
        Assert.Equal(folder, ArticleCatalogue.Read(utterance)!.Folder);

    [Fact]
    public async Task Reply_WhatArticlesDoYouHave_ListsEverySeedCitedAtItsFirstSentence()
    {
        var reply = await engine.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "What articles do you have?");

        Assert.Equal(Intent.Lookup, reply.Intent);
        Assert.StartsWith("I have 5 news articles (1 from Dawn), 1 dated 26 Jul 2016:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.False(reply.Answer.Abstained);
        Assert.Equal(5, reply.Answer.Citations.Select(c => c.ArticleId).Distinct().Count());
        // The dated article leads; each quote is its article's opening sentence, at the offsets cited.
        Assert.Equal("003_b40e633152d6b01e.txt", reply.Answer.Citations[0].ArticleId);
        Assert.All(reply.Answer.Citations, c => Assert.Equal(0, c.Start));
        Assert.StartsWith("ISLAMABAD: Iran on Monday sought cooperation from Pakistan", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.All(reply.Answer.Citations, c => Assert.Contains($"[{c.Number}]", reply.Answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_ShowSourceAfterTheList_OpensThatArticlesFirstPassage()
    {
        var bot = engine.Get<ConversationService>();
        string conversation = Guid.NewGuid().ToString("N");
        var list = await bot.ReplyAsync(conversation, "list the articles");

        var source = await bot.ReplyAsync(conversation, "show source 2");

        Assert.Equal(Intent.ShowSource, source.Intent);
        Assert.Equal(list.Answer.Citations[1].ArticleId, Assert.Single(source.Answer.Citations).ArticleId);
    }

    [Fact]
    public async Task Reply_TheArchiveList_OffersItsSourcesNotASummaryOfTheArticles()
    {
        var reply = await engine.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "list the articles");

        Assert.Equal(["Show source 1", "Show source 2"], reply.Suggestions);
    }

    [Fact]
    public async Task Reply_TheStoriesOnASubject_OfferASummaryOfIt()
    {
        var reply = await engine.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "which stories mention Torkham?");

        Assert.Contains("Summarize the news on Torkham", reply.Suggestions);
    }

    [Theory]
    [InlineData("summarize the news")]
    [InlineData("Give me a summary of today's news")]
    [InlineData("what's the latest?")]
    public async Task Reply_ASummaryOfNoTopic_IsTheNewestStoriesAtTheirLeads(string message)
    {
        var reply = await engine.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), message);

        Assert.StartsWith("I have 5 news articles", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(5, reply.Answer.Citations.Count);
    }

    [Theory]
    [InlineData("summarize the Torkham border talks")]
    [InlineData("what's the latest on Torkham?")]
    public void NamesNoTopic_ATopic_IsFalse(string message) => Assert.False(Summarizer.NamesNoTopic(message));
}
