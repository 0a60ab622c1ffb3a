using Bot.Core.Answering;
using Bot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Conversation;

/// <summary>"he" or "they" after a "Who" answer reads as the name that answered it.</summary>
public sealed class AnswerPronounsTests
{
    private const string Miller = "Denver linebacker Von Miller was named Super Bowl MVP, recording five solo tackles, 2½ sacks, and two forced fumbles.";

    private readonly AnswerPronouns _pronouns = new(Options.Create(new AnsweringOptions()));

    [Theory]
    [InlineData("How many solo tackles did he make?", "How many solo tackles did Von Miller make?")]
    [InlineData("What was his position?", "What was Von Miller's position?")]
    public void Resolve_AfterWhoAnswer_PutsTheAnswersNameForThePronoun(string followUp, string expected) =>
        Assert.Equal(expected, _pronouns.Resolve(followUp, [Turn("Who was named Super Bowl MVP?", Miller)]));

    // "old" is too short to mark a follow-up by itself; the age of a person named in full is asked.
    [Fact]
    public void Resolve_HowOldIsHe_PutsTheFullNameForThePronoun() =>
        Assert.Equal("how old is Von Miller?", _pronouns.Resolve("how old is he?", [Turn("Who was named Super Bowl MVP?", Miller)]));

    // So is one with words of its own, which points back by them: the name with an age beside it is whom "she" means.
    [Fact]
    public void Resolve_HowOldWasSheWithWordsOfItsOwn_PutsTheAgedFullNameForThePronoun() =>
        Assert.Equal("and how old was Veronica Chambers-Lyn when that was announced?", _pronouns.Resolve("and how old was she when that was announced?",
            [Turn("who took over as acting police commissioner in jamaica when rowe left?",
                "Deputy Commissioner Veronica Chambers-Lyn, 54, who heads the JCF's Crime and Security portfolio, will act as commissioner from 1 September.")]));

    // The one name the answer gives an age beside is whom "she" means, whichever name the model thought answered: here it
    // picked the committee.
    [Fact]
    public void Resolve_HowOldIsSheAfterAnAnswerThatAgesOneName_PutsThatName() =>
        Assert.Equal("how old is Nyakwana", _pronouns.Resolve("how old is she", [Turn("Who was Kisumu's county health executive during the cholera outbreak?",
            "The National Assembly's Departmental Committee on Health said in its report that Nyakwana, 47, had \"demonstrated leadership under pressure\" during the cholera outbreak in Kisumu.")]));

    // A lead that names only a town gives no one's age.
    [Fact]
    public void Resolve_HowOldIsSheAfterALeadNamingAPlace_LeavesItToTheResolver() =>
        Assert.Null(_pronouns.Resolve("How old is she?", [Turn("Who organised the petition against the Shrewsbury homes?",
            "Plans to build 450 homes on farmland on the northern edge of Shrewsbury have been approved, despite a petition against them signed by more than 3,100 people.")]));

    // A possessive "her" before a noun is read too, and the country that owns the name ("Ethiopia's") is not the person.
    [Fact]
    public void Resolve_AfterWhoWon_PutsTheWinnerForThePronoun() =>
        Assert.Equal("what was Meseret Alemu's time?", _pronouns.Resolve("what was her time?", [Turn("Who won the women's race at the Eko Coastal Marathon?",
            "In the women's race, Ethiopia's Meseret Alemu won in 2:29:17, more than a minute ahead of Kenya's Faith Chebet.")]));

    [Theory]
    [InlineData("Who was named Super Bowl MVP?", "Which team did Gary Kubiak coach when he won it?")]
    [InlineData("Who was named Super Bowl MVP?", "How many tackles?")]
    [InlineData("How many tackles were made in Super Bowl 50?", "How many solo tackles did he make?")]
    public void Resolve_NameBeforeThePronounNoPronounOrNoWhoQuestion_LeavesItToTheResolver(string earlier, string followUp) =>
        Assert.Null(_pronouns.Resolve(followUp, [Turn(earlier, Miller)]));

    [Fact]
    public void Resolve_AfterAnAbstention_LeavesItToTheResolver() =>
        Assert.Null(_pronouns.Resolve("How many solo tackles did he make?",
            [new ConversationTurn("Who won?", "Who won?", new Answer("The articles don't say.", Abstained: true, [], []))]));

    private const string Aman = "Major General Afzal Aman, Director General Military Operations (DGMO) Afghan National Army, led a six-member delegation in talks with senior Pakistani defense officials in the Pakistani garrison city of Rawalpindi.";

    [Fact]
    public void Clarify_WhatDidHeSayWhenTheNameCannotBeTold_AsksWithTheFirstFullNameAsExample()
    {
        var clarification = _pronouns.Clarify("what did he say?", [Turn("Who led the Afghan delegation?", Aman)]);

        Assert.NotNull(clarification);
        Assert.Equal("What did Major General Afzal Aman say?", clarification.Example);
        Assert.StartsWith("Whom do you mean by “he”?", clarification.Reply.Text, StringComparison.Ordinal);
        Assert.Empty(clarification.Reply.Citations);
    }

    [Theory]
    // The name is sure enough: the pronoun is replaced, not asked about.
    [InlineData("Who was named Super Bowl MVP?", Miller, "What did he say?")]
    // Not about what someone said: read as before.
    [InlineData("Who led the Afghan delegation?", Aman, "How old is he?")]
    // The question named him itself.
    [InlineData("Who is Afzal Aman?", Aman, "What did he say?")]
    // One full name in the answer: whom else could "he" mean.
    [InlineData("Who is the digital minister?", "Digital minister Rhys Evans said more needed to be done to close the gap with cities.", "What did he say?")]
    public void Clarify_OtherwiseLeavesTheFollowUpToBeRead(string earlier, string quote, string followUp) =>
        Assert.Null(_pronouns.Clarify(followUp, [Turn(earlier, quote)]));

    [Fact]
    public void ResolveSpeaker_OneFullNameInTheAnswer_AsksWithIt() =>
        Assert.Equal("what did Lt. Gen. Nadeem Anjum say?", _pronouns.ResolveSpeaker("what did he say?",
            [Turn("Who is Pakistan's spy chief?", "Pakistan's spy chief, Lt. Gen. Nadeem Anjum, is also part of the delegation.")]));

    [Fact]
    public void ResolveSpeaker_SeveralFullNames_LeavesItToTheQuestionBack() =>
        Assert.Null(_pronouns.ResolveSpeaker("what did he say?", [Turn("Who led the Afghan delegation?", Aman)]));

    private static ConversationTurn Turn(string question, string quote) =>
        new(question, question, new Answer($"{quote} [1]", Abstained: false, [new Citation(1, "sb.txt", "Super Bowl 50", null, null, quote, 0, quote.Length, "sb.txt#0")], []));

    private const string GoldenHeron = "The Long Field, directed by Niamh Calloway, took the Golden Heron for best film at a ceremony on Saturday night.";

    [Theory]
    [InlineData("how much has it taken at the box office since?", "Which film won the Golden Heron?", GoldenHeron, "how much has Long Field taken at the box office since?")]
    [InlineData("who owns its stadium?", "Which club won the cup final?", "Riverside United won the cup final 2-1 at Calder Park.", "who owns Riverside United's stadium?")]
    // Not after a question about a person, nor when the answer opens with the question's own subject.
    [InlineData("how much has it taken?", "Who won the Golden Heron?", GoldenHeron, null)]
    [InlineData("who runs it?", "Which firm bought Ashgrove Dairies out of administration?", "Ashgrove Dairies, which employs 64 people at its site near Bishops Lydeard, went into administration in May.", null)]
    // The article's own record is not the thing the answer named.
    [InlineData("when was it published?", "Which film won the Golden Heron?", GoldenHeron, null)]
    public void ResolveThing_AfterAWhichThingAnswer_PutsTheThingForItOrIts(string followUp, string question, string quote, string? expected) =>
        Assert.Equal(expected, AnswerPronouns.ResolveThing(followUp, [Turn(question, quote)]));

    [Theory]
    [InlineData("what happened to him against France?", "what happened to Alasdair Munro against France?", "Alasdair Munro")]
    [InlineData("What was his position?", "What was Von Miller's position?", "Von Miller")]
    [InlineData("What was his position?", "What was his position? Super Bowl MVP", null)]
    public void NameFor_TheNamePutForThePersonPronoun(string utterance, string resolved, string? expected) =>
        Assert.Equal(expected, AnswerPronouns.NameFor(utterance, resolved));

    [Theory]
    [InlineData("how much has it taken?", "how much has Long Field taken?", true)]
    [InlineData("How many solo tackles did he make?", "How many solo tackles did Von Miller make?", true)]
    [InlineData("What was his position?", "What was Von Miller's position?", true)]
    [InlineData("How many solo tackles did he make?", "How many solo tackles did he make? Super Bowl MVP", false)]
    [InlineData("How many solo tackles did he make?", "How many solo tackles did the MVP record in Super Bowl 50?", false)]
    public void IsRewriteOf_OnlyThePronounReplaced(string utterance, string resolved, bool expected) =>
        Assert.Equal(expected, AnswerPronouns.IsRewriteOf(utterance, resolved));
}
