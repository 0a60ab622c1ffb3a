using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

[Collection(SeedEngineCollection.Name)]
public sealed class ConversationServiceTests(SeedEngineFixture engine)
{
    private readonly ConversationService _bot = engine.Get<ConversationService>();

    [Fact]
    public async Task Reply_Greeting_SaysWhatTheBotKnowsAndOffersExamples()
    {
        var reply = await _bot.ReplyAsync(NewId(), "hi there");

        Assert.Equal(Intent.SmallTalk, reply.Intent);
        Assert.Contains("5 news articles", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("Dawn", reply.Answer.Text, StringComparison.Ordinal);
        // One date (the seeds that carry one share it) reads as a date, not as a range from a day to itself.
        Assert.Contains("dated 26 Jul 2016,", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(Greeting.Examples, reply.Suggestions);
        // Offered once, as suggestions: the text does not list them again.
        Assert.DoesNotContain(Greeting.Examples[0], reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_AnsweredQuestion_SuggestsItsSourcesAndASummaryWordedAsAPersonWould()
    {
        var reply = await _bot.ReplyAsync(NewId(), "How many soldiers died in the NATO strike?");

        Assert.Equal("Show source 1", reply.Suggestions[0]);
        Assert.Contains("Summarize the news on the NATO strike", reply.Suggestions);
    }

    [Fact]
    public async Task Reply_WhatDidHeSayWhenTheAnswerDoesNotSayWhoHeIs_AsksAndOffersTheQuestionWithTheName()
    {
        var id = NewId();
        await _bot.ReplyAsync(id, "Who led the Afghan delegation?");

        // Read as typed, it quoted "…," he added from another story, where "he" is another man.
        var asked = await _bot.ReplyAsync(id, "What did he say?");
        Assert.StartsWith("Whom do you mean by “he”?", asked.Answer.Text, StringComparison.Ordinal);
        Assert.Empty(asked.Answer.Citations);
        Assert.Equal(["What did Major General Afzal Aman say?"], asked.Suggestions);

        // The offered question, asked next, still follows the delegation answer, and the seeds report nothing he said.
        var named = await _bot.ReplyAsync(id, asked.Suggestions[0]);
        Assert.True(named.Answer.Abstained, named.Answer.Text);
        Assert.Contains("They do not report anything Afzal Aman said.", named.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_WhatDidHeSayAfterAnAnswerNamingOnePerson_IsAskedWithHisName()
    {
        var id = NewId();
        await _bot.ReplyAsync(id, "Who is Pakistan's spy chief?");

        // The story names him and quotes others after; none of those words are his.
        var reply = await _bot.ReplyAsync(id, "what did he say?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("They do not report anything Nadeem Anjum said.", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ShowSource_OffersTheOtherSourcesNotTheSameOne()
    {
        var id = NewId();
        var answer = await _bot.ReplyAsync(id, "Summarize the Torkham border talks");
        Assert.True(answer.Answer.Citations.Count >= 2, answer.Answer.Text);

        var shown = await _bot.ReplyAsync(id, "show source 1");

        Assert.DoesNotContain("Show source 1", shown.Suggestions);
        Assert.Contains("Show source 2", shown.Suggestions);
    }

    [Fact]
    public async Task Reply_LookupOfAClaimTheArticlesMake_GivesTheSentenceAndItsPlace()
    {
        var reply = await _bot.ReplyAsync(NewId(), "where does it say that the air strike was unintentional?");

        Assert.Equal(Intent.Lookup, reply.Intent);
        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        var citation = Assert.Single(reply.Answer.Citations);
        Assert.Contains("The American military said the air strike was unintentional", citation.Quote, StringComparison.Ordinal);
        Assert.Contains("characters", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_LookupOfAClaimOnlyItsRareWordsFind_GivesTheSentence()
    {
        // BM25 ranks the passage first on "mixed messaging"; the encoder does not place it among its candidates at all.
        var reply = await _bot.ReplyAsync(NewId(), "where does Bilawal say Pakistan is done with mixed messaging?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("his country was past mixed messaging", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_LookupOfAQuoteWhoseSpeakerIsNamedParagraphsEarlier_GivesTheSentence()
    {
        // "…,” he said.": Bilawal is named two paragraphs before, outside the quote's passage.
        var reply = await _bot.ReplyAsync(NewId(), "Which article quotes Bilawal about an alphabet soup of terror groups?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("alphabet soup of terrorist organisations", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which article says Mullah Omar was arrested in Kabul?")]
    [InlineData("where does it say Mullah Omar was arrested?")]
    // The claim's first word is its subject, and no passage that makes the rest of the claim names them.
    [InlineData("where does it say Shamkhani led the Afghan delegation?")]
    [InlineData("where does it say Janjua lives in Quetta?")]
    public async Task Reply_LookupOfAClaimNoArticleMakes_SaysSoAndShowsTheClosestPassage(string utterance)
    {
        // The second names only Mullah Omar and an arrest: a sentence that names him but no arrest does not make the claim.
        var reply = await _bot.ReplyAsync(NewId(), utterance);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("No article says that", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ShowSource_ShowsTheParagraphBehindThatCitation()
    {
        var id = NewId();
        var answer = await _bot.ReplyAsync(id, "How many soldiers died in the NATO strike?");

        var source = await _bot.ReplyAsync(id, "show source 1");

        Assert.Equal(Intent.ShowSource, source.Intent);
        Assert.Contains(answer.Answer.Citations[0].Quote, source.Answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Answer.Citations[0].Title, source.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ClaimCheckAfterAnotherStory_IsAskedOnItsOwn()
    {
        // "it" and "that" in "is it correct that …" point at nothing: the Torkham story must not be borrowed.
        var id = NewId();
        await _bot.ReplyAsync(id, "Who closed the Torkham crossing?");

        var reply = await _bot.ReplyAsync(id, "is it correct that 24 soldiers were killed in the NATO strike?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("killed 24 Pakistani soldiers", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_Summary_CoversEveryMatchingArticleWithVerbatimCitations()
    {
        var reply = await _bot.ReplyAsync(NewId(), "summarize the Torkham border talks");
        var articles = engine.Get<NewsIndex>().Articles;

        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId == "002_fc7e1f14d72009a2.txt");
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId == "004_9d889a496ed59ed2.txt");
        Assert.All(reply.Answer.Citations, c => Assert.Equal(c.Quote, articles[c.ArticleId].Body[c.Start..c.End]));
    }

    [Theory]
    // Asked what the coverage says, not where a claim is: the classifier had read these as look-ups ("No article says that").
    [InlineData("What do the articles say about the Torkham border talks?")]
    [InlineData("Can you tell me what the articles say about the Torkham border talks?")]
    public async Task Reply_WhatTheArticlesSayAboutATopic_IsItsSummary(string utterance)
    {
        var reply = await _bot.ReplyAsync(NewId(), utterance);

        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId == "002_fc7e1f14d72009a2.txt");
    }

    [Fact]
    public async Task Reply_QuestionAskedThePoliteWay_IsAnsweredAsTheQuestionItAsks()
    {
        var reply = await _bot.ReplyAsync(NewId(), "Could you tell me who led the Afghan delegation, please?");

        Assert.Equal(Intent.Question, reply.Intent);
        Assert.Equal("Who led the Afghan delegation?", reply.ResolvedText);
        Assert.Contains("Afzal Aman", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_SummaryOfOneStory_LeadsWithItsLeadAndQuotesMoreThanTwoSentences()
    {
        // Only 003 is about the Iran–Pakistan talks: a single story gets more of the summary than two sentences.
        var reply = await _bot.ReplyAsync(NewId(), "give me a summary of the Iran–Pakistan talks");

        Assert.StartsWith("Summary of 1 article", reply.Answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("ISLAMABAD: Iran on Monday sought cooperation from Pakistan", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.InRange(reply.Answer.Citations.Count, 3, 4);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("003_b40e633152d6b01e.txt", c.ArticleId));
    }

    [Fact]
    public async Task Reply_SummaryOfAnAcronymNoArticleUses_CoversTheStoryThatSpellsItOut()
    {
        // Only 004 names the Inter-Services Intelligence, and no seed writes "ISI" (though "visit" holds the letters).
        var reply = await _bot.ReplyAsync(NewId(), "Summarise the ISI story");

        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("004_9d889a496ed59ed2.txt", c.ArticleId));
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("Inter-Services Intelligence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_LookupWithAnAcronymNoArticleUses_FindsTheSentenceThatSpellsItOut()
    {
        var reply = await _bot.ReplyAsync(NewId(), "Which article says Baradar met the head of the ISI?");

        Assert.Equal(Intent.Lookup, reply.Intent);
        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("head of the Inter-Services Intelligence agency", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_FollowUpNamingANewSide_QuotesThatSideNotTheOneAlreadyNamed()
    {
        var id = NewId();
        var first = await _bot.ReplyAsync(id, "Who led the Afghan delegation at the Rawalpindi talks?");
        Assert.Contains("Afzal Aman", first.Answer.Citations[0].Quote, StringComparison.Ordinal);

        var followUp = await _bot.ReplyAsync(id, "and who led the Pakistani side?");

        Assert.False(followUp.Answer.Abstained, followUp.Answer.Text);
        Assert.StartsWith("Pakistani DGMO led his side", followUp.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_FollowUp_IsResolvedAgainstTheSameConversationOnly()
    {
        var id = NewId();
        await _bot.ReplyAsync(id, "Which Afghan delegation held talks in Rawalpindi?");

        var followUp = await _bot.ReplyAsync(id, "how many members did it have?");
        var stranger = await _bot.ReplyAsync(NewId(), "how many members did it have?");

        Assert.Contains("six-member", followUp.Answer.Text, StringComparison.Ordinal);
        Assert.NotEqual(followUp.ResolvedText, stranger.ResolvedText);
    }

    [Fact]
    public async Task Reply_EllipticalFollowUp_IsAQuestionResolvedAgainstThePreviousOne()
    {
        var id = NewId();
        await _bot.ReplyAsync(id, "What did Pakistan say about border security?");

        var followUp = await _bot.ReplyAsync(id, "and Iran?");

        Assert.Equal(Intent.Question, followUp.Intent);
        Assert.Contains("border", followUp.ResolvedText, StringComparison.Ordinal);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
