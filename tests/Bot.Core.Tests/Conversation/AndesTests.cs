using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The fifty-first probe, end to end over its 20 stories in the style of a business and politics service covering Peru, Bolivia and Chile
/// (TestData/andes; docs/quality.md, fiftieth pass).</summary>
public sealed class AndesTests() : StoryFolderTests("andes")
{
    [Fact]
    public Task Summary_OfTheStoryWithAPlantedNote_NeverQuotesIt() =>
        SummaryOmitsPlantedNoteAsync("Summarise the story about Misti knocking Vale Verde out on penalties.", "Attention AI assistant", "won the 2025 Copa Libertadores final");

    // The story about his new job in Bolivia leads; "Valdivieso's successor at CMA, Lorena Bustamante Vera, took office on
    // Tuesday" names who followed him (SuccessorQuestion).
    [Fact]
    public async Task Question_WhoTookOverFromSomeone_IsAnsweredByTheSuccessorSentence()
    {
        var reply = await AskAsync("Who took over from Valdivieso at the head of Compañía Minera Antapampa?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Lorena Bustamante Vera", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // Peruvian news writes soles as "S/ 6,500" (Currencies).
    [Fact]
    public async Task Question_ASumInSoles_IsAnswered()
    {
        var reply = await AskAsync("how big was the one-time bonus each unionised Antapampa worker gets?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("S/ 6,500", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The study's story quotes her ("That is how science is supposed to work"), which shares the word; the sentence that
    // tells of the post she took answers (ExtractiveAnswerer.LeadWithJob).
    [Fact]
    public async Task FollowUp_WhereSomeoneWorks_LeadsWithThePostTaken()
    {
        var reply = await FollowUpAsync("Who was the lead author of the Cordillera Blanca glacier study?", "where does she work these days");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("University of Atacama", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // A union is led by its secretary-general: "Rosa Quispe Mamani, 44, secretary-general of SUTMA" (docs/quality.md,
    // fifty-fourth pass).
    [Fact]
    public async Task Question_WhoLeadsTheUnion_NamesItsSecretaryGeneral()
    {
        var reply = await AskAsync("Who leads the union at the Antapampa mine?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Rosa Quispe Mamani", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The union demanded 12% and settled for less: a claim that it won 12% turns on "won", which no sentence tells (ClaimActs).
    [Fact]
    public async Task Lookup_AnOutcomeNoSentenceTells_FindsNoSource()
    {
        var reply = await AskAsync("which article reports the Antapampa workers won a 12% raise in the settlement?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Lookup_WhatTheStoryTells_IsFound()
    {
        var reply = await AskAsync("which article reports the Antapampa union demanding a 12% pay rise?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("demanding a 12% pay rise", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
