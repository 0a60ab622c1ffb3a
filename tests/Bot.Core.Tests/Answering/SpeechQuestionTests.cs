using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class SpeechQuestionTests
{
    [Theory]
    [InlineData("What did Marsh say after the final?", "Marsh")]
    [InlineData("What did Lumo's boss say about the deal?", "boss")]
    [InlineData("What has the minister said?", "minister")]
    [InlineData("what did the Chinese foreign minister tell reporters", "minister")]
    [InlineData("What did Biraben say about the plague in Europe?", "Biraben")]
    [InlineData("How did the union react to the job cuts?", "union")]
    [InlineData("How has Kabul responded?", "Kabul")]
    [InlineData("What was the union's reaction to the pledge?", "union")]
    [InlineData("What was Old Briton's response to Celeron?", "Briton")]
    // The clause after the verb is what is asked: the ranker reads it as it stands.
    [InlineData("What did the Court of Justice say Steymann was entitled to?", null)]
    [InlineData("What does legend say Genghis Khan used?", null)]
    // A pronoun names no one; other questions are not about speech.
    [InlineData("What did he say?", null)]
    [InlineData("Who said the strike was unintentional?", null)]
    [InlineData("What did Iran ask Pakistan for?", null)]
    public void Speaker_OnlyForQuestionsAboutWhatSomeoneSaid(string question, string? expected) =>
        Assert.Equal(expected, SpeechQuestion.Speaker(question));

    [Theory]
    [InlineData("\"It's a dream come true,\" said Marsh, who was coached by his mother.", "Marsh", true)]
    [InlineData("Lumo's boss Jari Nieminen said the purchase would help.", "boss", true)]
    [InlineData("Tom Marsh won his first ATP title on Saturday.", "Marsh", false)]
    [InlineData("The minister said the talks went well.", "Marsh", false)]
    [InlineData("But the union's general secretary, Paul Dunn, said the pledge did not go far enough.", "union", true)]
    [InlineData("Union leader Klaus Becker called the decision \"a betrayal of loyal workers\".", "union", true)]
    [InlineData("Speeds doubled, according to the regulator.", "regulator", true)]
    // Pakistan is not the one speaking here.
    [InlineData("Noting that this was the first visit to Pakistan since last winter, it said the officials were grateful.", "Pakistan", false)]
    // Nor is Asif: the verb after the comma has its own subject.
    [InlineData("Pakistan's defence minister Khawaja Asif arrived in Kabul on Wednesday, said the foreign office.", "Asif", false)]
    public void Reports_NeedsAVerbOfSayingWithTheSpeakerAsItsSubject(string sentence, string speaker, bool expected) =>
        Assert.Equal(expected, SpeechQuestion.Reports(sentence, speaker));

    [Theory]
    [InlineData("What did Major General Afzal Aman say?", "Afzal Aman")]
    [InlineData("What did Marsh say after the final?", "Marsh")]
    [InlineData("What did Biraben say about the plague in Europe?", "Biraben")]
    // A role is no name: "the minister" may be reported under his name.
    [InlineData("What did Lumo's boss say about the deal?", null)]
    [InlineData("What has the minister said?", null)]
    // A reaction may be a deed, not words.
    [InlineData("What was Old Briton's response to Celeron?", null)]
    [InlineData("What did he say?", null)]
    public void NamedSpeaker_OnlyWhenTheQuestionNamesWhoseWordsItAsksFor(string question, string? expected) =>
        Assert.Equal(expected, SpeechQuestion.NamedSpeaker(question));

    [Theory]
    [InlineData("What did the prime minister say about the minimum wage rise?", "prime minister")]
    [InlineData("What has the minister said?", "minister")]
    [InlineData("what did the union say", "union")]
    // A name, a possessive with a name, or a pronoun is no post.
    [InlineData("What did Marsh say after the final?", null)]
    [InlineData("What did Lumo's boss say about the deal?", null)]
    [InlineData("What did he say?", null)]
    [InlineData("How did the union react to the job cuts?", null)]
    public void RoleSpeaker_APostOrBodyAskedAbout(string question, string? expected) =>
        Assert.Equal(expected, SpeechQuestion.RoleSpeaker(question));

    [Theory]
    [InlineData("What did he say?", true)]
    [InlineData("what did she tell reporters?", true)]
    [InlineData("What did they say about the deal?", true)]
    [InlineData("What did Marsh say?", false)]
    [InlineData("What did the minister say?", false)]
    [InlineData("How old is he?", false)]
    [InlineData("What did it say?", false)]
    public void AsksWhatAPronounSaid_OnlyAPersonPronounAsTheSpeaker(string question, bool expected) =>
        Assert.Equal(expected, SpeechQuestion.AsksWhatAPronounSaid(question));

    [Theory]
    [InlineData("Joseph Haas was arrested for sending an email to the city councillors stating, \"Wise up or die.\"", "Haas", true)]
    [InlineData("According to Biraben, the plague was present somewhere in Europe in every year.", "Biraben", true)]
    [InlineData("Thoreau had advised, “Resign.”", "Thoreau", true)]
    [InlineData("Tom Marsh won his first ATP title on Saturday.", "Marsh", false)]
    [InlineData("Khawaja Asif arrived in Kabul on Wednesday, said the foreign office in Islamabad.", "Asif", false)]
    // "states" and "called" are as often nouns and names as verbs of saying.
    [InlineData("Khawaja Asif held talks at a time when relations between the two states have come under strain.", "Asif", false)]
    [InlineData("Aman grew up in a village called Sultanpur.", "Aman", false)]
    public void MayReport_AnyVerbOfSayingOrQuotationAfterTheName(string sentence, string speaker, bool expected) =>
        Assert.Equal(expected, SpeechQuestion.MayReport(sentence, speaker));

    [Theory]
    [InlineData("\"The delegation was assured that no one will create a threat,\" he added.", true)]
    [InlineData("\"It's a dream come true,\" said Marsh.", false)]
    public void ReportsByPronoun_AVerbOfSayingBesideAPronoun(string sentence, bool expected) =>
        Assert.Equal(expected, SpeechQuestion.ReportsByPronoun(sentence));
}
