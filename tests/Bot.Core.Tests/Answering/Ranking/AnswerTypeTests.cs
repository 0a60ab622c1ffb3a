using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class AnswerTypeTests
{
    [Theory]
    [InlineData("Which minister opened the new bridge?", AnswerKind.Person)]
    [InlineData("Who led the Afghan delegation?", AnswerKind.Person)]
    [InlineData("How many soldiers died in the NATO strike?", AnswerKind.Number)]
    [InlineData("How much did the terminal cost?", AnswerKind.Number)]
    [InlineData("How long did the talks last?", AnswerKind.Duration)]
    [InlineData("When was the border reopened?", AnswerKind.Time)]
    [InlineData("In what year did the war end?", AnswerKind.Time)]
    [InlineData("Where did Super Bowl 50 take place?", AnswerKind.Place)]
    [InlineData("Which country hosted the talks?", AnswerKind.Place)]
    [InlineData("Which team won the match?", AnswerKind.Name)]
    [InlineData("What company built the port?", AnswerKind.Name)]
    [InlineData("Why did the talks fail?", AnswerKind.Any)]
    [InlineData("Where does it say the strike was unintentional?", AnswerKind.Any)]
    [InlineData("What is the new terminal for?", AnswerKind.Any)]
    public void KindOf_QuestionShape_NamesTheKindOfAnswer(string question, AnswerKind expected) =>
        Assert.Equal(expected, AnswerType.KindOf(question));

    [Theory]
    [InlineData(AnswerKind.Person, "The bridge was opened by Minister Ahmed Khan.", true)]
    [InlineData(AnswerKind.Person, "A new bridge over the river was opened on Monday after three years of work.", false)]
    [InlineData(AnswerKind.Number, "The strike killed 24 soldiers.", true)]
    [InlineData(AnswerKind.Number, "The strike killed soldiers.", false)]
    [InlineData(AnswerKind.Time, "The border reopened on Tuesday.", true)]
    [InlineData(AnswerKind.Time, "The border reopened.", false)]
    [InlineData(AnswerKind.Duration, "The talks lasted three days.", true)]
    [InlineData(AnswerKind.Duration, "The director has been jailed for four and a half years.", true)]
    [InlineData(AnswerKind.Duration, "The scheme will run for two-and-a-half years.", true)]
    [InlineData(AnswerKind.Duration, "The director went into administration in May.", false)]
    [InlineData(AnswerKind.Any, "Anything at all.", true)]
    public void Holds_Sentence_HasTheKindOfAnswerTheQuestionLacks(AnswerKind kind, string sentence, bool expected)
    {
        var asked = new HashSet<string>(["bridge", "opened", "Which", "minister"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(expected, AnswerType.Holds(kind, sentence, asked));
    }

    [Theory]
    [InlineData("Minister Khan opened the bridge.", 1)]
    [InlineData("The Bridge was opened by Khan and Ali.", 2)]
    [InlineData("The bridge was opened.", 0)]
    public void NovelNames_CountsOnlyNamesTheQuestionDoesNotHold(string sentence, int expected)
    {
        var asked = new HashSet<string>(["bridge", "opened", "minister"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(expected, AnswerType.NovelNames(sentence, asked));
    }

    [Theory]
    [InlineData("Is rabies a growing concern in Pakistan?", true)]
    [InlineData("Did Gwadar handle record cargo?", true)]
    [InlineData("  has the border reopened?", true)]
    [InlineData("Were any soldiers killed?", true)]
    [InlineData("Who led the Afghan delegation?", false)]
    [InlineData("Island nations did what?", false)]
    [InlineData("Where does it say the strike was unintentional?", false)]
    public void AsksYesOrNo_QuestionOpeningWithAnAuxiliary(string question, bool expected) =>
        Assert.Equal(expected, AnswerType.AsksYesOrNo(question));

    [Theory]
    [InlineData("Profits rose to $1.13bn in the quarter.", true)]
    [InlineData("Yukos owes 27.5bn roubles in back taxes.", true)]
    [InlineData("Sales rose 76% on the year.", true)]
    [InlineData("Inflation fell to 2.1 per cent.", true)]
    [InlineData("The bridge is 600m long and opened in 2004.", false)]
    public void HasAmount_MoneyAndShares_AsBritishNewsWritesThem(string sentence, bool expected) =>
        Assert.Equal(expected, AnswerType.HasAmount(sentence));

    [Theory]
    [InlineData("The $1.2 billion stadium opened in 2014.", true)]
    [InlineData("Saudi Arabia spent over 100 billion dollars in the ensuing decades.", true)]
    [InlineData("It plans to spend 5bn euros on electric models.", true)]
    [InlineData("Francovich was allowed to claim 6 million Lira from the Italian government.", true)]
    [InlineData("The fine was 2,000 francs.", true)]
    // A currency of any country, with its country's name for it between.
    [InlineData("The government would spend 3 million crowns on a national campaign.", true)]
    [InlineData("Flood damage was put at 45 million meridian crowns.", true)]
    [InlineData("The film cost about 45 million naira to make.", true)]
    [InlineData("The American bidder offered 310p a share.", true)]
    [InlineData("Shares rose 3.5p.", true)]
    // A currency's code or sign before the sum.
    [InlineData("The government had offered KSh 4.2 billion, to be paid in two instalments.", true)]
    [InlineData("The scheme will cost Rs 120 crore.", true)]
    [InlineData("Prices fell to US$2.31 per kilo.", true)]
    [InlineData("The tender was worth GH¢ 5 million.", true)]
    [InlineData("A ticket costs ₹900.", true)]
    // Pesos as Philippine news writes them; a bare "P" and two digits is a form ("his P45").
    [InlineData("Each pack, worth about P480, contains three kilos of rice.", true)]
    [InlineData("The stock closed at P3.42 on the Philippine Stock Exchange.", true)]
    [InlineData("The Senate opened an inquiry into a P4.8-billion contract.", true)]
    [InlineData("Bail was set at PHP 12,000 each.", true)]
    [InlineData("He was handed his P45 on Friday.", false)]
    // Rand as South African news writes it; "R" and a bare number is a road.
    [InlineData("A pensioner in a R1.2m house will pay about R180 more a month.", true)]
    [InlineData("Irregular expenditure totalled R61.4-million.", true)]
    [InlineData("The municipality paid R450 000 to the contractor.", true)]
    [InlineData("He struck a cyclist on the R132 near Castlebellingham.", false)]
    // Kroner, ringgit, rupiah and other currencies by code, sign or name; a code is read in capitals only.
    [InlineData("Fishermen will share NOK 45 million in compensation.", true)]
    [InlineData("Frøylaks pays kr 350 for every escaped salmon handed in.", true)]
    [InlineData("Prices averaged 142 øre per kilowatt hour.", true)]
    [InlineData("Harbourline has offered about RM450 million for the company.", true)]
    [InlineData("The levy is Rp 5,000 a night.", true)]
    [InlineData("Tickets cost 450 zł at the door.", true)]
    [InlineData("The lira fell past ₺40 to the dollar.", true)]
    [InlineData("The fund holds SEK 2.1 billion.", true)]
    [InlineData("The Qatari family office took a stake worth QR300m.", true)]
    [InlineData("The listing was expected to raise Dh2.5 billion.", true)]
    [InlineData("Entry costs UYU 12,000 for the season.", true)]
    // The Pacific's and South-East Asia's currencies.
    [InlineData("Vanuatu has received a parametric insurance payout of 1.1 billion vatu.", true)]
    [InlineData("Tonga's government pledged 300,000 pa'anga to the relief effort.", true)]
    [InlineData("Losses were put at 2,300 billion dong.", true)]
    [InlineData("Samoa announced WST 250,000 in relief funding.", true)]
    // Andean sums: soles as "S/ 6,500", bolivianos as "Bs 38,000"; not a slash in ordinary writing.
    [InlineData("CMA will pay a one-off bonus of S/ 6,500 to each unionised worker.", true)]
    [InlineData("He is accused of taking S/1.2 million from the consortium.", true)]
    [InlineData("The plant manager earns Bs 38,000 a month.", true)]
    [InlineData("His/her 3 children were at home.", false)]
    [InlineData("Players try 3 times before the whistle.", false)]
    [InlineData("The meeting is in Rm 4 of the annexe.", false)]
    [InlineData("The mine ships 500,000 tonnes of iron ore a year.", false)]
    [InlineData("Kick-off is at 3pm.", false)]
    [InlineData("Sales rose 76% on the year.", false)]
    [InlineData("About 70 staff will join Lumo, which employs 400 people.", false)]
    [InlineData("Section 44 of the Act applies to 12 sites.", false)]
    public void HasMoney_AnAmountOfMoneyNotAShare(string sentence, bool expected) =>
        Assert.Equal(expected, AnswerType.HasMoney(sentence));

    [Theory]
    [InlineData("what interest rate is the bank charging on the loan", "interest")]
    [InlineData("What was Kenya's inflation rate in March?", "inflation")]
    [InlineData("At what mortgage rate did they borrow?", "mortgage")]
    [InlineData("What exchange rate did the bank use?", null)]
    [InlineData("How much interest did the loan carry?", null)]
    public void RateAskedOf_TheKindOfRateAsked(string question, string? expected) =>
        Assert.Equal(expected, AnswerType.RateAskedOf(question));

    [Theory]
    [InlineData("Overall inflation had eased to 5.8 per cent in March.", "inflation", true)]
    [InlineData("The bank left its benchmark lending rate unchanged at 10.75 per cent.", "interest", true)]
    [InlineData("The Fed cut rates by 25 basis points.", "interest", true)]
    // A share of something else is no rate of interest.
    [InlineData("85 per cent of the project will be financed through a loan repayable over 20 years.", "interest", false)]
    [InlineData("Interest payments will begin after a seven-year grace period.", "interest", false)]
    // A rate named as another kind is not the one asked for; names of one kind count as one.
    [InlineData("Some counties had to borrow from commercial banks at interest rates of up to 18 per cent.", "inflation", false)]
    [InlineData("Unemployment rates in the region reached 9 per cent as inflation fell.", "inflation", true)]
    [InlineData("Mortgage rates rose to 7 per cent, the highest since 2008.", "interest", true)]
    [InlineData("The jobless rate fell to 4.1 per cent in May.", "unemployment", true)]
    [InlineData("The central bank held its key rate at 6.5 per cent.", "interest", true)]
    public void GivesRate_AShareThatSaysWhatItIsTheRateOf(string sentence, string kind, bool expected) =>
        Assert.Equal(expected, AnswerType.GivesRate(sentence, kind));

    [Theory]
    [InlineData("How much did Lumo pay for PixelRiver?", true)]
    [InlineData("How much did it cost to build Levi's Stadium?", true)]
    [InlineData("What was the cost for a half minute ad?", true)]
    [InlineData("How much money did the committee raise?", true)]
    [InlineData("How much will Harland Rowe's firm offer for Ferngate be?", true)]
    [InlineData("How much of the city was destroyed?", false)]
    [InlineData("How many people work at Lumo?", false)]
    // A reader's shorthand: a few words ending with the price or naming whose it is.
    [InlineData("orbis uk price", true)]
    [InlineData("How much is Unilink spending on upgrading its exchanges?", true)]
    [InlineData("average house price according to northgate", true)]
    [InlineData("Who set the price of the ticket?", false)]
    [InlineData("price war hits supermarkets as Tesco cuts 300 lines", false)]
    public void AsksForMoney_HowMuchWithAVerbOfMoney(string question, bool expected) =>
        Assert.Equal(expected, AnswerType.AsksForMoney(question));

    [Theory]
    [InlineData("Tully, 19, only became Kingsmere's first-choice goalkeeper in February.", true)]
    [InlineData("The 22-year-old from Bristol did not drop a set all week.", true)]
    [InlineData("Elway led the Broncos to victory at age 38.", true)]
    [InlineData("Manning was 39 and Newton was 26.", true)]
    [InlineData("She was 26 years old when she won.", true)]
    [InlineData("Karen Doyle was diagnosed with bowel cancer at the age of 44.", true)]
    [InlineData("The mother-of-three, now 47, has been clear of cancer for two years.", true)]
    [InlineData("\"The people in that mill did nothing wrong,\" said Okafor, 58.", true)]
    // A score, a count or a share is no age.
    [InlineData("Kingsmere City won 4-3 on penalties in the final.", false)]
    [InlineData("Attendance was 40 percent lower.", false)]
    [InlineData("The lead was 12 points at half-time.", false)]
    [InlineData("Kuechly led the team in tackles (118).", false)]
    [InlineData("There are now 118 vacancies.", false)]
    public void HasAge_AnAgeAsNewsWritesIt(string sentence, bool expected) =>
        Assert.Equal(expected, AnswerType.HasAge(sentence));

    [Theory]
    [InlineData("The 63-year-old, who has been in office since 2001, said rebels would not stand.", true)]
    [InlineData("\"The 27-year-old has been outstanding,\" said the coach.", false)]
    [InlineData("Owen Pryce, 29, was named best actor.", false)]
    [InlineData("He said the 63-year-old rule would stay.", false)]
    [InlineData("\"Being top in December means nothing if you're not top in May,\" said the 46-year-old, whose side are unbeaten.", true)]
    [InlineData("\"We will go again,\" the manager said of the 19-year-old.", false)]
    public void NamesByAge_ASentenceThatNamesSomeoneByTheirAge(string sentence, bool expected) =>
        Assert.Equal(expected, AnswerType.NamesByAge(sentence));

    [Theory]
    [InlineData("What proportion of Marsh and Tolley's takings now come through the website?", true)]
    [InlineData("what percentage of voters turned out", true)]
    [InlineData("What share of UK web searches goes through Seekra?", true)]
    [InlineData("How big a share of the market does it have?", true)]
    [InlineData("How many shares did it sell?", false)]
    [InlineData("What was the share price?", false)]
    public void AsksForShare_AQuestionAboutAPartOfSomething(string question, bool expected) =>
        Assert.Equal(expected, AnswerType.AsksForShare(question));

    [Theory]
    [InlineData("Online sales now make up 29% of the total.", true)]
    [InlineData("Turnout was 41.3 per cent.", true)]
    [InlineData("Up to three-fourths of the population were killed.", true)]
    [InlineData("Almost half of its staff work from home.", true)]
    [InlineData("One in five homes has broadband.", true)]
    [InlineData("Khasar killed their half-brother Begter.", false)]
    [InlineData("Fiona Grady said the figures were better than feared.", false)]
    public void HasShare_APercentageOrAFractionInWords(string sentence, bool expected) =>
        Assert.Equal(expected, AnswerType.HasShare(sentence));

    [Theory]
    [InlineData("How old is the goalkeeper who saved two penalties?", true)]
    [InlineData("At what age did she retire?", true)]
    [InlineData("How many goals did she score?", false)]
    public void AsksForAge_HowOldOrWhatAge(string question, bool expected) =>
        Assert.Equal(expected, AnswerType.AsksForAge(question));

    [Theory]
    [InlineData("The clubs will run for half an hour before the start of lessons.", false)]
    [InlineData("The talks lasted two days.", false)]
    [InlineData("The scheme starts in 750 schools.", true)]
    // Every number in words: news opens a sentence with one.
    [InlineData("Fourteen people were arrested.", true)]
    [InlineData("Sixty homes were flooded.", true)]
    public void WithoutDurations_ASpanOfTime_CountsNothing(string sentence, bool hasNumber) =>
        Assert.Equal(hasNumber, AnswerType.HasNumber(AnswerType.WithoutDurations(sentence)));

    [Theory]
    [InlineData("apart from the ban, what financial penalty did liam farrant get", true)]
    [InlineData("What fine did Liam Farrant get?", true)]
    [InlineData("How many schools get them first?", false)]
    // A cost or a budget of some kind.
    [InlineData("What was the production budget of The Lantern Keeper?", true)]
    [InlineData("What is its asking price?", true)]
    [InlineData("What was the production company of the film?", false)]
    [InlineData("what price per share did vanderloo first put on the table for corran", true)]
    [InlineData("What fee did Rovers pay?", true)]
    [InlineData("What prize did the film win?", false)]
    // A cost as revised ("the latest estimated price tag").
    [InlineData("What is the latest estimated price tag for the Coldwater Ridge wind project?", true)]
    [InlineData("What is the current budget of the tunnel?", true)]
    [InlineData("latest cost estimate for klaipeda's southern deep water terminal?", true)]
    public void AsksForMoney_AFineOrFinancialPenalty(string question, bool expected) =>
        Assert.Equal(expected, AnswerType.AsksForMoney(QuestionFrame.Plain(question)));
}
