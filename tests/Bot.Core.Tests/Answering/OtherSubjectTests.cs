using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class OtherSubjectTests
{
    private const string Suppliers =
        "Two suppliers, Meridian Energy and Northern Power, have raised their prices.\n"
        + "Meridian Energy, which supplies gas to 5.2 million homes, said its prices would rise by 14.2%, adding an estimated £112 a year to bills.\n"
        + "Hours later Northern Power, the Newcastle-based supplier which has 3.1 million customers, said it would increase gas prices by 11.5%.";

    private const string Marathon =
        "Ethiopian Abebe Tesfaye won the Rotterdam marathon on Sunday, and Kenyan Caroline Bett the women's race.\n"
        + "Tesfaye, who was running only his third marathon, won in 2:04:38.\n"
        + "In the women's race, Kenya's Caroline Bett won in 2:23:55, her first marathon victory.\n"
        + "Tesfaye earned 40,000 euros for the win, race director Kees van der Linden said.";

    private const string Airline =
        "NAIROBI - Savanna Airways, Kenya's second-largest carrier, said it made a loss, and its shares fell.\n"
        + "\"This has been the most difficult year,\" managing director Grace Mwangi told reporters.\n"
        + "Mwangi said the airline would cut 420 jobs, or about 9 percent of its workforce.";

    private const string Rice =
        "Thailand's rice exports are likely to fall this year as Vietnam and Pakistan compete for buyers.\n"
        + "Thailand exported 8.76 million tonnes of rice in 2023, worth 178 billion baht.";

    [Theory]
    // Two firms of one story: the sentence opens on the other one.
    [InlineData("How much will Northern Power's rise add to a typical bill?", "Meridian Energy, which supplies gas to 5.2 million homes, said its prices would rise by 14.2%, adding an estimated £112 a year to bills.", Suppliers, "Northern Power", "Meridian Energy")]
    // A figure asked by its name: "what profit did …".
    [InlineData("What profit did Northern Power make last year?", "Meridian Energy, which supplies gas to 5.2 million homes, said its prices would rise by 14.2%, adding an estimated £112 a year to bills.", Suppliers, "Northern Power", "Meridian Energy")]
    // Two runners: "Bett … her first" and "Tesfaye, who" are both people.
    [InlineData("How much prize money did Caroline Bett get?", "Tesfaye earned 40,000 euros for the win, race director Kees van der Linden said.", Marathon, "Caroline Bett", "Tesfaye")]
    // Two countries: a place is a place, however the story writes it, and a country opens its sentence as a name.
    [InlineData("How many tonnes of rice did Vietnam ship abroad in 2023?", "Thailand exported 8.76 million tonnes of rice in 2023, worth 178 billion baht.", Rice, "Vietnam", "Thailand")]
    public void Find_ASentenceOnTheStorysOtherFirmOrPerson_IsAboutAnother(string question, string sentence, string story, string asked, string said) =>
        Assert.Equal((asked, said), OtherSubject.Find(question, sentence, story));

    // A claim's first word is a name; a common noun of the sentence ("a bank") is no word of the claim's name ("Lothian Bank").
    [Fact]
    public void Find_AClaimAboutOneOfTwoBanks_TheSentenceOnTheOther_IsAboutAnother()
    {
        const string story = "Lothian Bank, the Edinburgh-based lender which floated three years ago, reported profits of £412m, even as its rival Clydeside Savings struggled. Shares in Lothian Bank rose.\n"
            + "By contrast Clydeside Savings, the Glasgow-based former building society which converted to a bank in 1997, said its profits had fallen by 9%.";

        Assert.Equal(("Lothian Bank", "Clydeside Savings"), OtherSubject.Find("Lothian Bank's profits fell by 9%", story.Split('\n')[1], story, claim: true));
    }

    [Theory]
    // The managing director speaks for the airline asked about: a person, not another firm.
    [InlineData("How many jobs is Savanna Airways cutting?", "Mwangi said the airline would cut 420 jobs, or about 9 percent of its workforce.", Airline)]
    // "Who …?" is answered by the other name.
    [InlineData("Who earned the most in Rotterdam, Caroline Bett?", "Tesfaye earned 40,000 euros for the win, race director Kees van der Linden said.", Marathon)]
    // The sentence writes the question's name.
    [InlineData("How much did Tesfaye earn?", "Tesfaye earned 40,000 euros for the win, race director Kees van der Linden said.", Marathon)]
    // A sentence that does not open on a name is left to the ranker.
    [InlineData("How much will Northern Power's rise add to a typical bill?", "The rises will add more than £100 a year to the average bill.", Suppliers)]
    // One name as the story writes it: "Denver Broncos".
    [InlineData("How many points did Denver score?", "Broncos scored 24 points, the most of the season.", "The Denver Broncos, which won, scored 24. The team beat Carolina, and Broncos fans cheered its win.")]
    public void Find_NotAboutAnother_IsNull(string question, string sentence, string story) =>
        Assert.Null(OtherSubject.Find(question, sentence, story));
}
