using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>A question asking someone's name is answered only by a sentence that names someone the question does not.</summary>
public sealed class NameAskedTests
{
    [Theory]
    [InlineData("What was the name of the 88-year-old woman rescued from her bungalow in Orchard Close?", true)]
    [InlineData("What are the names of the two men arrested over the Orbis Mobile hack?", true)]
    [InlineData("What is the name of Southvale Water's chief executive?", true)]
    [InlineData("What is the name of Harwick Borough Council's director of finance?", true)]
    [InlineData("what is the name of the St Aldhelm's A&E nurse who said conditions were the worst she had ever known", true)]
    [InlineData("What is the name of the top-20 Brightwater shareholder who said Oriel was buying at the bottom?", true)]
    [InlineData("What was the name of the first self-sustained man-made nuclear reaction?", false)]
    [InlineData("What is the name of the stadium?", false)]
    [InlineData("Who is the chief executive?", false)]
    public void Asks_TheNameOfSomeoneDescribed(string question, bool asks) =>
        Assert.Equal(asks, NameAsked.Asks(question));

    [Theory]
    [InlineData("Two men, aged 19 and 23, were arrested in Leeds and Cardiff in connection with the hack.")]
    [InlineData("Northmoor Fire and Rescue Service said it had rescued an 88-year-old woman from her bungalow in Orchard Close.")]
    [InlineData("A nurse who asked not to be named described conditions as \"the worst I have ever known\".")]
    [InlineData("Its chief executive's pay package last year was £1.3 million, including bonuses, on Monday 3 March.")]
    public void Gives_NoPersonsNameBesidesTheQuestions_IsFalse(string sentence) =>
        Assert.False(NameAsked.Gives(sentence, Asked("What was the name of the woman rescued from her bungalow in Orchard Close?")));

    [Theory]
    [InlineData("The woman, Edith Parry, was carried from her bungalow.")]
    [InlineData("Temüjin's father arranged his marriage to Börte.")]
    [InlineData("Police named the men as Liam Hart and Owen Price.")]
    public void Gives_ANewName_IsTrue(string sentence) =>
        Assert.True(NameAsked.Gives(sentence, Asked("What is the name of the woman?")));

    private static HashSet<string> Asked(string question) =>
        QuestionTerms.Words(question).Select(w => w.Word).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Westmarsh County Council", true)]
    [InlineData("Nigeria Premier Football League", true)]
    [InlineData("Kelderby Crown Court", true)]
    [InlineData("Afzal Aman", false)]
    [InlineData("Maya Oduya", false)]
    [InlineData("Noor Airways", false)]
    public void EndsInBodyWord_TellsABodyFromAPerson(string name, bool body) =>
        Assert.Equal(body, NameAsked.EndsInBodyWord(name));
}
