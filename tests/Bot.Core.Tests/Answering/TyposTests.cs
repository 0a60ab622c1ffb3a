using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class TyposTests
{
    [Theory]
    [InlineData("Who is the cheif executive of Harwick Foods?", "\"It has played to our strengths,\" said chief executive Alison Marr.", "Who is the chief executive of Harwick Foods?")]
    [InlineData("what did the goverment announce?", "The government announced a review of the scheme.", "what did the government announce?")]
    [InlineData("When was the scheme anounced?", "The scheme was announced in March.", "When was the scheme announced?")]
    // A name typed in lower case with a slip takes the passages' spelling, capital and all.
    // A short name typed in lower case, two neighbouring letters swapped: the film "The Long Field".
    [InlineData("what did the long feild cost to make", "The Long Field was made for just £1.1m.", "what did the long Field cost to make")]
    [InlineData("who commissioned the gateshead milennium bridge?", "The Gateshead Millennium Bridge was commissioned by Gateshead Council.", "who commissioned the gateshead Millennium bridge?")]
    public void Correct_AWordNoArticleUses_TakesTheSpellingOfTheOneCloseWordInThePassages(string question, string passage, string expected)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Equal(expected, Typos.Correct(question, corpus, [passage]));
    }

    [Theory]
    // A word the articles use, however close to another.
    [InlineData("Who won the spring sprint?", "The spring sprint was won by Cole, ahead of the spring favourite.")]
    // An English word WordNet knows is not a slip, though no article uses it ("sprint" beside "spring").
    [InlineData("Who won the sprint?", "The spring meeting was won by Cole.")]
    // WordNet lists it though it has no synonym there: the seeds never name a mayor, and "major" is another word.
    [InlineData("Who is the mayor of Karachi?", "Pakistan recently witnessed major militant attacks in Karachi.")]
    // A stop word, which WordNet does not list and no search uses ("would" is a slip from "could").
    [InlineData("Where were they promised that nobody would threaten them?", "They were assured that no one could threaten Pakistan.")]
    // Too short to tell a slip from another word.
    [InlineData("Who sent the tsar?", "The star was sent home.")]
    // Two words as close: no way to tell which was meant.
    [InlineData("Who won the braod race?", "The broad road and the brand name.")]
    public void Correct_LeavesOtherWords(string question, string passage)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Null(Typos.Correct(question, corpus, [passage]));
    }

    [Theory]
    [InlineData("mayor", true)]
    [InlineData("mayors", true)]
    [InlineData("announced", true)]
    [InlineData("stopped", true)]
    [InlineData("fatigue", true)]
    [InlineData("cheif", false)]
    [InlineData("goverment", false)]
    public void EnglishWords_KnowsWordNetsWordsInEveryInflection(string word, bool known) =>
        Assert.Equal(known, EnglishWords.Knows(word));
}
