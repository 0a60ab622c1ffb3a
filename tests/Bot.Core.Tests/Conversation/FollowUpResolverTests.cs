using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class FollowUpResolverTests
{
    [Fact]
    public void Resolve_NewSubject_KeepsTheTopicAndSwapsTheNames()
    {
        var resolved = FollowUpResolver.Resolve("what about Iran?", "What did Pakistan and Afghanistan discuss about border security?");

        Assert.Contains("Iran", resolved, StringComparison.Ordinal);
        Assert.Contains("border", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("Afghanistan", resolved, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and Iran?", "Iran")]
    [InlineData("and the Taliban?", "Taliban")]
    [InlineData("what about Kabul?", "Kabul")]
    public void Resolve_EllipticalName_KeepsTheTopicAndSwapsTheNames(string utterance, string name)
    {
        var resolved = FollowUpResolver.Resolve(utterance, "What did Pakistan say about border security?");

        Assert.Contains(name, resolved, StringComparison.Ordinal);
        Assert.Contains("border", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("Pakistan", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("and ", resolved, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Pronoun_BorrowsThePreviousNamesAndTopic()
    {
        var resolved = FollowUpResolver.Resolve("who led it?", "Which Afghan delegation visited Rawalpindi?");

        Assert.Contains("Rawalpindi", resolved, StringComparison.Ordinal);
        Assert.Contains("delegation", resolved, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FullQuestion_StandsAlone()
    {
        const string question = "How many soldiers were killed in the NATO air strike in November?";

        Assert.Equal(question, FollowUpResolver.Resolve(question, "Who led the Afghan delegation?"));
    }

    [Theory]
    [InlineData("Is it true that 24 soldiers were killed in the NATO strike?", false)]
    [InlineData("is it correct that the Taliban closed Torkham", false)]
    [InlineData("Is it true that they closed it?", true)]
    public void IsFollowUp_ClaimCheck_OnlyWhenTheClaimPointsBack(string utterance, bool expected) =>
        Assert.Equal(expected, FollowUpResolver.IsFollowUp(utterance));

    [Theory]
    [InlineData("Will there be compulsory redundancies at Vellmark?", false)]
    [InlineData("Were there any casualties in the Kunar shelling?", false)]
    [InlineData("Is there a deal?", true)]
    [InlineData("who was the envoy there?", true)]
    [InlineData("how did the union react?", true)]
    [InlineData("How many soldiers died in the strike?", false)]
    public void IsFollowUp_ThereThatPointsAtNothingOrAShortQuestionNamingNoOne(string utterance, bool expected) =>
        Assert.Equal(expected, FollowUpResolver.IsFollowUp(utterance));

    [Theory]
    [InlineData("ok and who kicked the winning points for the home side?", true, false)]
    [InlineData("Right, and what was the final count once the authority went through the data?", true, false)]
    [InlineData("okay and the Indian captain?", true, true)]
    [InlineData("Okonkwo and Adeyemi: who scored the goals in the second half?", false, false)]
    public void IsFollowUp_AChatOpenerBeforeAnd_StillLeadsIn(string utterance, bool followUp, bool swaps)
    {
        Assert.Equal(followUp, FollowUpResolver.IsFollowUp(utterance));
        Assert.Equal(swaps, FollowUpResolver.Swaps(utterance));
    }

    [Fact]
    public void Resolve_ShortQuestionNamingItsOwnSubject_StandsAlone() =>
        Assert.Equal("What did Iran say?", FollowUpResolver.Resolve("What did Iran say?", "Who led the Afghan delegation?"));

    [Fact]
    public void Resolve_ShortQuestionWithoutNames_StillBorrowsThePreviousQuestion() =>
        Assert.Contains("delegation", FollowUpResolver.Resolve("how many members?", "Which Afghan delegation visited Rawalpindi?"), StringComparison.Ordinal);

    [Fact]
    public void Resolve_PronounWithWordsOfItsOwn_BorrowsOnlyThePreviousNames()
    {
        var resolved = FollowUpResolver.Resolve("Who was named most valuable player for it?", "How many stadiums were finalists for Super Bowl 50?");

        Assert.Contains("Super Bowl", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("stadiums", resolved, StringComparison.Ordinal);
    }

    // A count that names no noun counts what the previous question was about.
    [Fact]
    public void Resolve_ACountWithoutItsNoun_BorrowsThePreviousTopic() =>
        Assert.Contains("seats", FollowUpResolver.Resolve("how many did they have last time?", "Which party won the most seats in Eastmark's parliamentary election?"), StringComparison.Ordinal);

    [Theory]
    [InlineData("and who led the Pakistani side?", true)]
    [InlineData("who was Pakistan's envoy?", true)]
    [InlineData("who owns its stadium?", false)]
    [InlineData("who was Pakistan's envoy there?", false)]
    [InlineData("and Iran?", false)]
    [InlineData("what about Kabul?", false)]
    [InlineData("how many members did the delegation have?", false)]
    public void AsksAboutItsOwnSubject_NamesASubjectWithoutPointingBackOrSwapping(string utterance, bool expected) =>
        Assert.Equal(expected, FollowUpResolver.AsksAboutItsOwnSubject(utterance));

    [Theory]
    // Question words and light verbs are no subject of the follow-up's own, which the story must write.
    [InlineData("How much?")]
    [InlineData("how many?")]
    [InlineData("Why is she going?")]
    [InlineData("What happened?")]
    [InlineData("where exactly is it going?")]
    public void OwnWords_QuestionWordsAndLightVerbs_AreNone(string utterance) =>
        Assert.Empty(FollowUpResolver.OwnWords(utterance));

    [Theory]
    [InlineData("when is their parade?", "parade")]
    [InlineData("How many schools get them first?", "schools")]
    public void OwnWords_WordsOfItsOwn_AreKept(string utterance, string word) =>
        Assert.Contains(word, FollowUpResolver.OwnWords(utterance));

    // A question word's contraction is read as a word of the follow-up's own, but no story writes "what's".
    [Theory]
    [InlineData("what's his new job?", "")]
    [InlineData("where's the parade?", "parade")]
    [InlineData("whats the biggest single payout", "biggest single payout")]
    [InlineData("who's the md there?", "")]
    [InlineData("what share is the chief executive keeping?", "share chief executive keeping")]
    public void SubjectWords_LeaveOutQuestionWordsContracted(string utterance, string expected) =>
        Assert.Equal(expected, string.Join(' ', FollowUpResolver.SubjectWords(utterance)));

    [Fact]
    public void Borrow_AppendsThePreviousNamesAndTopic_AsResolveDoesForAFollowUp()
    {
        const string previous = "How much is Oakhill Capital paying for the Pennock's bakery chain?";

        Assert.Equal(FollowUpResolver.Resolve("how old is she?", previous), FollowUpResolver.Borrow("how old is she?", previous));
        Assert.StartsWith("what share is the chief executive keeping? ", FollowUpResolver.Borrow("what share is the chief executive keeping?", previous), StringComparison.Ordinal);
        Assert.Contains("Oakhill", FollowUpResolver.Borrow("what share is the chief executive keeping?", previous), StringComparison.Ordinal);
    }
}
