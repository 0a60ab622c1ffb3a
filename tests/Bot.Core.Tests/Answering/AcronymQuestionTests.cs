using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class AcronymQuestionTests
{
    [Theory]
    [InlineData("What does ISAF stand for?", "ISAF")]
    [InlineData("What does the acronym LEM stand for?", "LEM")]
    [InlineData("What did the LMP acronym stand for regarding the launch?", "LMP")]
    [InlineData("What is QED short for?", "QED")]
    [InlineData("what does vBNS stand for", "vBNS")]
    [InlineData("What is the full name of the ISI?", "ISI")]
    // A stance, not letters; and questions that only mention an acronym.
    [InlineData("What does it stand for?", null)]
    [InlineData("What does Labour stand for on tax?", null)]
    [InlineData("Who heads the ISI?", null)]
    [InlineData("What did NATO say about the strike?", null)]
    public void Asked_IsTheAcronymToSpellOut(string question, string? expected) =>
        Assert.Equal(expected, AcronymQuestion.Asked(question));

    [Theory]
    [InlineData("LEM", "Webb issued a request for proposal to candidate Lunar Excursion Module (LEM) contractors.", "Lunar Excursion Module")]
    [InlineData("CSM", "Detailed design began of a Command/Service Module (CSM) in 1962.", "Command/Service Module")]
    [InlineData("QED", "It led to quantum electrodynamics (or QED), which describes all electromagnetic phenomena.", "quantum electrodynamics")]
    [InlineData("FIS", "The most prominent was the FIS or Front Islamique de Salut (the Islamic Salvation Front) in Algeria.", "Front Islamique de Salut")]
    [InlineData("ISAF", "ISAF (the International Security Assistance Force) said the strike was an error.", "International Security Assistance Force")]
    [InlineData("TTP", "It referred to Tehreek-e-Taliban Pakistan (TTP), the banned group.", "Tehreek-e-Taliban Pakistan")]
    // The letters alone, or the words with no letters beside them, spell nothing out.
    [InlineData("LEM", "NASA announced the selection of Grumman as the LEM contractor.", null)]
    [InlineData("ISAF", "The International Security Assistance Force said the strike was an error.", null)]
    // A run opens with a word that gives a letter, and one word is no spelling-out.
    [InlineData("TT", "He read the Times (TT) every morning.", null)]
    [InlineData("LEM", "Stanislaw Lem (LEM) wrote it.", null)]
    // Lower-case words count only right beside the letters, not anywhere in the sentence.
    [InlineData("TTP", "The TTP, which took the town last year, is said to be planning more attacks.", null)]
    public void SpelledOutBeside_IsThePhraseWrittenNextToTheLetters(string acronym, string sentence, string? expected) =>
        Assert.Equal(expected, AcronymQuestion.SpelledOutBeside(acronym, sentence));
}
