using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuotedKindTests
{
    [Theory]
    [InlineData("how fast was meeks going", true)]
    [InlineData("At what speed was the train travelling?", true)]
    [InlineData("How fast has the economy grown?", true)]
    [InlineData("How long was Meeks banned for?", false)]
    public void SpeedAsked_ReadsQuestionsThatAskHowFast(string question, bool asked) =>
        Assert.Equal(asked, QuotedKind.SpeedAsked(question));

    [Theory]
    [InlineData("A driver who was doing 78mph in a 30mph zone has been jailed.", true)]
    [InlineData("The train was travelling at 140 km per hour when it left the rails.", true)]
    [InlineData("The ferry makes 25 knots.", true)]
    [InlineData("The crash happened at 8.15pm on the A38.", false)]
    public void GivesSpeed_ReadsASpeedWithItsUnit(string sentence, bool gives) =>
        Assert.Equal(gives, QuotedKind.GivesSpeed(sentence));

    [Theory]
    [InlineData("Chief executive Gareth Pellow, 52, said the board had turned it down.", "How old is Gareth Pellow?", true)]
    [InlineData("Chief executive Gareth Pellow, 52, said the board had turned it down.", "how old is gareth pellow", true)]
    // The surname alone may be another of the family's: "Samir Haldane, 48" is not Priya Haldane.
    [InlineData("Her brother Samir Haldane, 48, left the company in 2016.", "How old is Priya Haldane?", false)]
    [InlineData("Mr Pellow, 53, would say only that it was a fair price.", "How old is Gareth Pellow?", false)]
    [InlineData("Sandra Kowalczyk, now 48, appeared by video in court on Wednesday.", "How old is Sandra Kowalczyk?", true)]
    public void AgedBesideFullName_AnAgeAfterTheFullNameAsked(string sentence, string question, bool expected) =>
        Assert.Equal(expected, QuotedKind.AgedBesideFullName(sentence, question));

    [Theory]
    [InlineData("\"No network can cope,\" said Meera Khanna, 52, the additional municipal commissioner.", "Meera Khanna")]
    [InlineData("Khanna, 52, said the pumps were working.", "")]
    [InlineData("Tom Hegarty, 61, and Mary Hegarty, 58, gave evidence.", "Tom Hegarty|Mary Hegarty")]
    public void FullNamesAged_TheFullNamesWithAnAgeBeside(string sentence, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), QuotedKind.FullNamesAged(sentence));

    [Theory]
    [InlineData("How old is Martin Reece?", "The trust's chief executive, Martin Reece, said he was \"disappointed\" by the action.", "age")]
    [InlineData("How old is Martin Reece?", "Martin Reece said the deal would cost about £3.2m a year, 20% more than planned.", "age")]
    [InlineData("How old is Dunmore Breweries boss Sarah Pryce?", "Ms Pryce said she would sell about 120 of the group's pubs over the next two years.", "age")]
    // The end of a larger number is no age.
    [InlineData("How old is Susan Pell?", "Susan Pell, a local GP, took 14,206 votes, giving the Lib Dems a majority of 1,313.", "age")]
    // Another's age, with "now" before it.
    [InlineData("How old is Mike Brennan, the minor hockey president?", "Sandra Kowalczyk, now 48, appeared by video in court on Wednesday.", "age")]
    // A bare number past any lifetime is no one's age.
    [InlineData("How old is Susan Pell, the new MP?", "Green Party candidate Megan Tully received 1,204 and independent Harold Pike won 889.", "age")]
    // A year is no person's age.
    [InlineData("How old was Sir Alan Brockhurst when he died?", "The by-election was triggered by the death in August of Sir Alan Brockhurst, who had represented the constituency since 2005.", "age")]
    // Another person's age is no age of the one asked about.
    [InlineData("How old is Paul Gadsby, the Labour candidate in Haddonford?", "Lib Dem candidate Susan Merriweather, 41, a local GP, took the seat with 14,872 votes, a majority of 412 over Labour's Paul Gadsby.", "age")]
    // A group's bounds and a day of the month are no one's age.
    [InlineData("How old is Health Minister Helena Brastow?", "CADDON, October 2 - A new vaccine will be offered to everyone aged 75 and over, in what Health Minister Helena Brastow called \"a big step\".", "age")]
    [InlineData("How old is Helena Brastow?", "Free travel for the over-65s was announced by Helena Brastow on 14 March.", "age")]
    // A name a quote writes after a post is a person's, so a year is no age of theirs.
    [InlineData("How old is Karin Hofstetter?", "Chief financial officer Karin Hofstetter said annual savings would now reach CHF 1.05 billion by the end of 2028.", "age")]
    // A post set beside the name by a comma makes it a person's too.
    [InlineData("How old is Graham Whitcombe?", "Tessalit's chief executive, Graham Whitcombe, said the deal let it extend the life of the mine to 2036.", "age")]
    // A time before now is no person's age, asked with a post or a title before the name, in any case.
    [InlineData("how old is senator ramon villanueva", "Sen. Ramon Villanueva asked why the amendment was not disclosed during the first hearing two weeks ago.", "age")]
    [InlineData("How old is Sen. Ramon Villanueva?", "Sen. Ramon Villanueva asked why the amendment was not disclosed during the first hearing two weeks ago.", "age")]
    // A name a quote gives a title ("Dr Sunita Rao") is a person's, so a year is no age of theirs; nor is a compound's number ("96-bed").
    [InlineData("How old is Sunita Rao?", "The petitioners relied on a 2024 study co-authored by Sunita Rao, which found that 11 of India's 15 most flood-prone cities had no plan.", "age", "Dr Sunita Rao, a hydrologist at IIT Bombay, said the problem was far older than any contract.")]
    [InlineData("What age is the health minister Orla Fennelly?", "Minister for Health Orla Fennelly is pressing for approval this month for a new 96-bed inpatient block.", "age")]
    // Thousands written with a space ("2 114 votes") are no age, and a post after the name ("Mpho Radebe, the ANC candidate")
    // makes the one asked a person, so a year is no age of theirs either.
    [InlineData("how old is Mpho Radebe, the ANC candidate in ward 14", "The ANC's Mpho Radebe received 1 402 votes, while the EFF's Tumelo Nkwe received 391.", "age", "Turnout was 38%, compared with 51% in the 2021 local government elections.")]
    [InlineData("How much did the rocket cost to build?", "The rocket, built by Skyreach Launch, had been due to lift off at 11:15.", "amount")]
    [InlineData("What was the cost of the new bridge?", "The bridge was opened on Monday by the minister.", "amount")]
    // No quoted sentence tells of anyone taking over: the one replaced is quoted instead.
    [InlineData("Who has been named to replace Neil Garside as chief executive of the building society?", "Chief executive Neil Garside, 56, said he had been given \"incorrect information\".", "successor")]
    [InlineData("what interest rate is the bank charging on the thika rail loan", "According to tender documents, 85 per cent of the project will be financed through a loan repayable over 20 years.", "rate")]
    [InlineData("What was the name of the friend Mark Olsen was on the video call with?", "Olsen had been on a video call with a friend for 11 minutes.", "name")]
    [InlineData("What is the name of the new firm?", "The new firm will open in March.", "name")]
    [InlineData("What is the name of the new top-floor cafe at the museum?", "A new cafe on the top floor overlooks the harbour.", "name")]
    // A person is not named by the landmark or the hospital in the sentence.
    [InlineData("What is the name of the 41-year-old runner who collapsed during the marathon?", "A 41-year-old man who collapsed near the 38km mark at Marina Barrage was in intensive care at Singapore General Hospital.", "name")]
    // Names in the quote's setting are not the one asked for.
    [InlineData("What was the name of the friend Mark Olsen was on the video call with?", "Olsen had been on a video call with a friend for 11 minutes.", "name", "Dashcam footage showed him looking down at the phone.")]
    // A role asked of someone that no quoted sentence speaks of.
    [InlineData("Who is Thomas Berger's coach?", "Germany's Thomas Berger beat Spain's Luis Ortega to win the Qatar Open.", "coach")]
    // A firm, a team or a work asked by its kind.
    [InlineData("Which Noel Coward play will Karen Doyle appear in?", "Doyle is due to appear in a touring production of a Noel Coward play next spring.", "name")]
    [InlineData("Which mobile networks will sell the Orvell V300?", "Mobile phone maker Orvell has unveiled the V300, a cheap 3G handset.", "name")]
    [InlineData("which bank does the Zorba.B e-mail pretend to come from", "A computer virus disguised as an e-mail from a bank is spreading.", "name")]
    // Where a firm is from is no name of it.
    [InlineData("What is the name of the Welsh firm whose satellite went up?", "The others belong to a Norwegian weather company and a Welsh firm.", "name")]
    [InlineData("What is the name of the shop?", "A shop in Scotland, run by an Italian family, has closed.", "name")]
    // A plain noun that opens a sentence is no name.
    [InlineData("What is the name of the other Milford primary school?", "Health officials have extended vaccination clinics after measles cases at two primary schools.", "name")]
    // A placing no quoted sentence gives.
    [InlineData("who came second in the women's Riverside Half Marathon", "Kenya's Ruth Chebet won the women's race in 68min 12sec.", "place")]
    [InlineData("Who finished third in the by-election?", "The Greens won the by-election with a majority of 2,140.", "place")]
    // A place asked by its kind.
    [InlineData("Which river does the Kingsway footbridge cross?", "The bridge was built in 1868 and closed in 2021 after cracks were found.", "name")]
    // The time of day.
    [InlineData("What time of day did the earthquake strike?", "A magnitude 6.8 earthquake struck the mountain province on Tuesday, killing at least 40 people.", "time")]
    [InlineData("What time did the fire start?", "The fire started in a kitchen on the third floor, the brigade said.", "time")]
    [InlineData("At approximately what time did the intruders break into the museum?", "Thieves broke into the museum early on Saturday and escaped with two paintings.", "time")]
    // The length of a term no quoted sentence gives.
    [InlineData("How long a prison sentence did the firm's chief executive receive?", "The water company was fined £2.4m after admitting 47 illegal discharges.", "term")]
    [InlineData("How long a prison sentence did the firm's chief executive receive?", "Campaigners said the fine amounted to less than a week's profit.", "term")]
    // A span that is no term of the sentence: the trial's length.
    [InlineData("How long a prison term was handed to the founder of Greyhaven?", "Simon Achterberg, the founder of Greyhaven, was convicted after a 10-week trial.", "term")]
    [InlineData("What sentence did Kulbhushan Jadhav receive?", "The two sides also deliberated on the issue of detained Indian spy Kulbhushan Jadhav, who had remained based in Iran.", "term")]
    // Legal posts and money asked by its kind.
    [InlineData("Who was Neil Brasher's defence barrister?", "For more than a decade, Neil Brasher kept the books for the club.", "defence barrister")]
    [InlineData("what valuation did Skyrook get in the funding round", "The funding round was led by Northlight Capital.", "amount")]
    [InlineData("What is the name of the Welsh Assembly Government spokesman who criticised the closure?", "A spokesman for the Welsh Assembly Government said it was \"very disappointed\".", "name")]
    [InlineData("Who carried out the study saying spam costs UK businesses £1.3bn a year?", "A separate study estimated that spam costs UK businesses £1.3bn a year.", "name")]
    [InlineData("orbis uk price", "The Orbis will go on sale in the UK on 11 March.", "amount")]
    // The post is named only in another story's sentence: "Kingsmere boss Paolo Venturi" is no boss of Lumen.
    [InlineData("Who is the boss of Lumen?", "Lumen's chief technology officer, Ravi Menon, said the firm had discovered the breach on 3 June.", "boss", "Kingsmere boss Paolo Venturi was unhappy with the sending-off.")]
    // How it turned out, over a lead that still looks ahead.
    [InlineData("Who ended up winning the Lochore Cup final?", "Wairarapa Bush will meet the winner of Sunday's other semifinal in the Lochore Cup final next weekend.", "outcome")]
    [InlineData("Did Pinehurst end up appealing the Ouellet judgment?", "Pinehurst spokesperson Lisa Marchand said the company was reviewing the decision and declined to comment on whether it would appeal.", "outcome")]
    // "actually" asks how it turned out too; "would be commissioned" and a forecast still look ahead; a winner asked over a
    // sentence that only looks ahead to the match.
    [InlineData("did KCL's water recycling plant at khawa actually get commissioned in october?", "KCL said its P210 million water recycling plant at the Khawa mine would be commissioned in the first week of October.", "outcome")]
    [InlineData("what did monthly inflation actually come in at for april?", "Private analysts forecast monthly inflation of 2.9% for April.", "outcome")]
    [InlineData("What was Northmark's actual revenue for fiscal 2025?", "The CFO said Northmark expects revenue to return to growth in fiscal 2025, forecasting sales of $1.45 billion to $1.5 billion.", "outcome")]
    [InlineData("who won the season opener between rangers and miners on 23 august?", "In the Botswana Premier League, the new season will start on 23 August.", "outcome")]
    // Yes or no on a verdict, a vote or a contest, over a sentence that reports no result.
    [InlineData("Was Trevor Alleyne-Marshall convicted?", "If convicted, Alleyne-Marshall could face up to 15 years in prison on each count of fraud.", "outcome")]
    [InlineData("Did Cárdenas win the confidence vote in Congress?", "Political analyst Carlos Bejarano Lima said Cárdenas was well placed to win the confidence vote.", "outcome")]
    [InlineData("did cabinet end up approving the new hospital block for UHL?", "Minister for Health Orla Fennelly is pressing for Cabinet approval this month for a new 96-bed inpatient block.", "outcome")]
    [InlineData("Was Martin Oyelaran found guilty at his trial?", "Martin Oyelaran, 47, pleaded not guilty to both charges at Brackenford Crown Court on Friday.", "outcome")]
    // What a study, a review or a court found, over a sentence that says the finding is still to come.
    [InlineData("what did the regional council's investigation into the flood debris conclude", "Horoeka Regional Council said it had opened an investigation into the source of the debris and expected to report back in about three months.", "finding")]
    [InlineData("What did the independent review of the Lyceum Theatre overspend conclude?", "A city council spokesman said an independent review of the overspend would be published \"in the spring\".", "finding")]
    [InlineData("what did the court decide on the alliance's challenge to the disposal plans?", "The alliance has asked the Higher Administrative Court in Hamburg to review the disposal plans.", "finding")]
    [InlineData("What did the High Court rule at the August 11 hearing?", "The court fixed August 11 for the next hearing.", "finding")]
    [InlineData("What did the Bank of England decide to do with interest rates this month?", "The Bank of England's Monetary Policy Committee meets next week to decide whether to change interest rates.", "finding")]
    // A firm asked by its kind, and a person by theirs, left unnamed; an opener is no name.
    [InlineData("Which Japanese carmaker is Kirameki in talks with?", "According to three people familiar with the negotiations, a major Japanese carmaker is in advanced talks with Kirameki.", "name")]
    [InlineData("What's the name of the investigative journalist who got five years in Bishkek?", "Since 2022 the authorities have blocked nine news websites, and a court in Bishkek sentenced an investigative reporter to five years in prison.", "name")]
    // Another's age beside his name, and years that are no age of a person asked about by their post.
    [InlineData("How old is Tomasz Grabowski, Corvane's incoming CFO?", "Whitlock, 52, who has been CFO since 2019, will leave to \"pursue other opportunities\", the company said.", "age")]
    [InlineData("how old is the sabres GM?", "Shelby Dyck, general manager of the Sabres, told council the team's lease expires in 2027.", "age")]
    // A count asked, over sentences whose numbers are a measure, a year, a date, a sum or an age.
    [InlineData("How many people died in the 1974 Carmody River flood?", "The previous record at the gauge, 13.6 metres, was set during the great flood of January 1974.", "count")]
    [InlineData("How many tickets have been sold for the pantomime?", "Tickets for the theatre's first pantomime since 2022, which opens on December 5, cost £18.", "count")]
    [InlineData("how many visitors came to see the painting in its first week?", "Governor Benítez, 61, unveiled the painting on Friday, 15 November, at a ceremony attended by ARS 40 million worth of donors.", "count")]
    public void Missing_QuoteWithoutTheFigureAsked_NamesIt(string question, string quote, string missing, string? setting = null) =>
        Assert.Equal(missing, QuotedKind.Missing(question, setting is null ? [quote] : [quote, setting])?.Word);

    [Theory]
    [InlineData("how old was karen doyle when she found out she had cancer", "Karen Doyle was diagnosed with bowel cancer at the age of 44.")]
    [InlineData("How old is Margaret Bowen?", "Margaret Bowen, 68, who organised the petition, said residents were disappointed.")]
    [InlineData("How old must you be to get the vaccine?", "It will be offered to everyone aged 75 and over from Monday.")]
    [InlineData("What sentence did Tom Reed receive?", "Reed was jailed for four years at Bristol Crown Court.")]
    [InlineData("How long was Liam Farrant banned for?", "Jockey Liam Farrant has been banned for 28 days by the stewards.")]
    [InlineData("How long is his contract?", "He has agreed a three-and-a-half-year contract with the club.")]
    // Ages are written many ways, so any number that is no sum or share will do: "seven months old", a date.
    [InlineData("How old was Chopin when he moved to Warsaw?", "He moved to the city with his family when he was seven months old.")]
    [InlineData("How old is the Earth?", "The Earth formed about 4.54 billion years ago.")]
    [InlineData("How old were the oldest moon rocks?", "They range in age from about 3.2 billion years to about 4.6 billion years.")]
    [InlineData("At what age do immune responses begin to decline?", "Immune responses begin to decline at around 50 years of age.")]
    [InlineData("How old are the gravestones?", "Nestorian graves dating to 1338–39 have inscriptions referring to plague.")]
    [InlineData("how old are the huts found at Milford", "The dig revealed the footprints of five huts dating to around 900BC.")]
    [InlineData("Which river does the Kingsway footbridge cross?", "The footbridge, which spans the River Wenn, was built in 1868.")]
    [InlineData("What time of day did the earthquake strike?", "The earthquake struck shortly before dawn on Tuesday.")]
    // An age beside the name of the one asked about, or of someone a name asked describes.
    [InlineData("How old is Susan Merriweather?", "Lib Dem candidate Susan Merriweather, 41, a local GP, took the seat.")]
    [InlineData("How old is the Lib Dem winner?", "Lib Dem candidate Susan Merriweather, 41, a local GP, took the seat.")]
    // An opening word the quote writes with a capital elsewhere is a name.
    [InlineData("Which firm is cutting 300 jobs?", "Shell is cutting 300 jobs at its Aberdeen base, the unions said.", "A spokesman for Shell declined to comment.")]
    // A placing given in words or by a contest.
    [InlineData("who came second in the women's race", "Chebet beat Britain's Anna Lowe by 40 seconds.")]
    [InlineData("Who was the runner-up?", "Anna Lowe finished second, 40 seconds behind.")]
    [InlineData("Who finished third?", "Sara Holm took the bronze.")]
    [InlineData("Who was second in command?", "Colonel Imran Shah, his deputy, was second in command.")]
    // Only a placing of someone: "what continent was third?" may be answered by "lastly".
    [InlineData("Europe first colonized the Americas, then Asia, but what continent was third?", "Colonialism came first in the Americas, second in Asia and lastly in Africa.")]
    // A capital is a city.
    [InlineData("What city is near the statue?", "The statue was put up near Ulaanbaatar.")]
    [InlineData("What time did the fire start?", "Crews were called to the flats at 4.30am.")]
    // A race time is no time of day.
    [InlineData("What time did the men's winner clock in the Ravensholt marathon?", "Kiprono won in two hours nine minutes 48 seconds.")]
    // "At what time" may mean "when".
    [InlineData("At what time is the rivalry set aside?", "The rivalry is set aside every two years, when the teams compete together.")]
    [InlineData("How much did the rocket cost to build?", "The rocket cost £18m to develop.")]
    [InlineData("How long was Gillian Parfitt jailed for?", "Parfitt was jailed for four years and three months.")]
    [InlineData("What is the name of the new cafe at the museum?", "The museum's new cafe, The Figurehead, opens on Friday.")]
    [InlineData("Who carried out the study?", "The study, by the Centre for Retail Research, was published on Monday.")]
    [InlineData("What is the name of the council spokesman?", "Council spokesman Gareth Lewis said the road would reopen.")]
    [InlineData("What is the name of the runner who collapsed?", "Runner Daniel Tan collapsed near Marina Barrage and was taken to Singapore General Hospital.")]
    [InlineData("how long is the striker's new contract", "He has signed a three-year contract.")]
    [InlineData("How long is the new bridge?", "The bridge spans the river.")]
    [InlineData("Who was Neil Brasher's defence barrister?", "Defending, barrister Amy Cole said Brasher was ashamed.")]
    [InlineData("How much did the rocket cost to build?", "The launch was called off.", "The firm spent $4.5 billion on the programme.")]
    // The outcome told, and a winner named though the sentence looks ahead too.
    [InlineData("Did the Voyageurs win the Dominion Junior Cup?", "The Voyageurs beat the Pictou Mariners 4-2 to lift the Dominion Junior Cup.")]
    [InlineData("Was Viktor Renard found guilty?", "Renard was acquitted of all charges on Tuesday.")]
    // A finding reported, and a question on what is still to come.
    [InlineData("What did the council's inquiry conclude?", "The inquiry concluded that the council had failed to inspect the bridge since 2019.")]
    [InlineData("What will the review conclude?", "The review will report back in the spring.")]
    [InlineData("did the senate pass the bill?", "The Senate passed the bill by 41 votes to 30.")]
    // What someone said of a result is no question on the result.
    [InlineData("Did the coach say they would win the title?", "The coach said the squad was tired.")]
    [InlineData("did the plant actually open in october?", "The plant opened on 3 October after a two-month delay.")]
    [InlineData("who won the season opener?", "Rangers won the season opener 2-0 and will host Miners next week.")]
    // A successor who "will take over" is who took over; what was said, and a question that looks ahead itself.
    [InlineData("who took over from Saarsalu as Estonia's climate minister", "Andres Lepik, 58, a former head of the Estonian Environmental Board, will take over as climate minister.")]
    [InlineData("what did LTA say actually caused the breakdown", "The LTA said a faulty cable would be replaced by the end of the month.")]
    [InlineData("how long is ruan jacobs actually going to be out for", "Jacobs will miss the next six weeks.")]
    // A "would" that reports no one's plan.
    [InlineData("WBAI's broadcasting some of George Carlin's comedy eventually led to what?", "An example would be WBAI's broadcasting the track \"Filthy Words\" from a George Carlin comedy album, which eventually led to the 1978 Supreme Court case of FCC v. Pacifica Foundation.")]
    // Dates and counts are not checked: "during the Second World War", "only a few".
    [InlineData("When was Warsaw razed to the ground?", "During the Second World War, Warsaw was razed to the ground by bombing raids.")]
    [InlineData("How many biomolecules contain no oxygen?", "Only a few common complex biomolecules contain no oxygen.")]
    [InlineData("What was the name of the friend Mark Olsen was on the video call with?", "Olsen had been on a video call with his friend Dan Hirst.")]
    [InlineData("What was the name of the friend Mark Olsen was on the video call with?", "Olsen was driving at 52mph.", "His friend, Dan Hirst, said Olsen had seemed distracted.")]
    [InlineData("What is the name of the Welsh firm whose satellite went up?", "The other satellite belongs to Seaward Tracking, a Welsh firm.")]
    [InlineData("Which team won the FA Cup in 1988?", "Wimbledon beat Liverpool 1-0 to win the FA Cup in 1988.")]
    [InlineData("Which company built the Titanic?", "Harland and Wolff built the ship in Belfast.")]
    [InlineData("What did the company say about the deal?", "The firm said the deal was good for customers.")]
    [InlineData("What type of organization would need large quantities of pure oxygen?", "Steel makers and chemical plants need large quantities of pure oxygen.")]
    [InlineData("What organization has continued to be a major disruptive force in Palestine?", "Hamas has continued to be a major player in Palestine.")]
    [InlineData("Which group of people opposed the law?", "The law was opposed by farmers and the clergy.")]
    [InlineData("Who is Emma Hartley's coach?", "Her coach, former British number one Jo Barrett, said her serve had improved.")]
    [InlineData("Who is Lumo's boss?", "Lumo chief executive Dana Reyes said the deal was done.")]
    [InlineData("Who is the Taliban government's defence minister?", "The Taliban's defense minister, Mullah Mohammed Yaqoob, met the delegation.")]
    [InlineData("Who was the leader of the Khwarezmian dynasty in the early 1200s?", "In the early 13th century, the Khwarazmian dynasty was governed by Shah Ala ad-Din Muhammad.")]
    [InlineData("Who is the designer of the trophy?", "Like the Lombardi Trophy, it will be designed by Tiffany & Co.")]
    // A process or a disease may be named in lower case.
    [InlineData("What is the name of the process by which plants make food?", "Plants make food by photosynthesis.")]
    // A successor named in any of the ways news writes one.
    [InlineData("Who took over the finance ministry from Piet Holloway?", "Ms Grauman, 47, a former chief economist, replaces Piet Holloway.")]
    [InlineData("Who ended up replacing Joseph Francis Shea as ASPO Manager?", "Webb also reassigned ASPO Manager Joseph Francis Shea, replacing him with George Low.")]
    [InlineData("Who replaced Hanbury?", "Linda Okafor was appointed roads minister on Friday.")]
    [InlineData("What interest rate is the bank charging?", "The bank will charge interest at 9.5 per cent a year.")]
    // How it turned out, told in the past.
    [InlineData("In the end, how many building society customers had their details on the stolen laptop?", "The society later confirmed that the laptop held the details of 14,200 customers.")]
    // A possessive before the kind asks another thing: "What country's schools …?" asks a country, not a school's name.
    [InlineData("What country's schools have codes of behavior that are very strict?", "Although, officially, schools have extremely rigid codes of behavior, many teachers find the students unmanageable.")]
    // A count in figures or words, before the counted word or alone; a measure when the unit is what is counted.
    [InlineData("How many people were arrested at the protest?", "Fourteen people were arrested and later released on police bail.")]
    [InlineData("How many people died in the floods?", "The death toll rose to 31 on Tuesday, 4 March.")]
    [InlineData("How many times did officers check on him?", "Officers checked on him twice during the night.")]
    [InlineData("How many feet did the river rise?", "The river rose 12 feet in 2007.")]
    [InlineData("How many years did the strike last?", "The strike began in 1998.")]
    [InlineData("How many students have received unwanted attention?", "A 2004 study reported that 9.6% of students claim to have received unwanted attention.")]
    [InlineData("How many euros did the widower transfer to her account?", "He transferred €48,000 to an account in Málaga.")]
    public void Missing_QuoteWithTheFigureOrNoFigureAsked_IsNull(string question, params string[] quote) =>
        Assert.Null(QuotedKind.Missing(question, quote));

    [Fact]
    public void Missing_NothingQuoted_IsNull() => Assert.Null(QuotedKind.Missing("How old is Martin Reece?", []));

    [Theory]
    [InlineData("who won the Kōpara Ranges Ultra?", true)]
    [InlineData("And who took the title?", true)]
    [InlineData("Who finished third?", false)]
    [InlineData("What did the winner get?", false)]
    public void WinnerAsked_ReadsWhoWon(string question, bool asked) =>
        Assert.Equal(asked, QuotedKind.WinnerAsked(question));

    [Theory]
    [InlineData("Hōhepa Marino has finished the 160km race in 21 hours, placing ninth out of 74 starters.", true)]
    [InlineData("Anna Lowe came 12th.", true)]
    [InlineData("Ruiz was the runner-up.", true)]
    [InlineData("Ruth Chebet won the women's race in 68min 12sec.", false)]
    public void PlacesBelowFirst_ReadsALowerPlacing(string sentence, bool below) =>
        Assert.Equal(below, QuotedKind.PlacesBelowFirst(sentence));

    [Theory]
    // A winner's sentence may close on the runner-up.
    [InlineData("The race was won by Australian Lachlan Pryor in 16 hours and 52 minutes, almost 40 minutes ahead of the runner-up.", true)]
    [InlineData("The winner, Ruth Chebet, ran 68min 12sec.", true)]
    [InlineData("Marino won his age group but finished ninth overall.", false)]
    [InlineData("Only 41 runners finished the course.", false)]
    public void NamesWinner_ReadsWhoWon(string sentence, bool names) =>
        Assert.Equal(names, QuotedKind.NamesWinner(sentence));

    [Theory]
    [InlineData("The Conservative candidate, retired army officer Colin Rathbone, came third with 7,935 votes.", "third", true)]
    [InlineData("Anna Lowe finished a distant second.", "second", true)]
    [InlineData("Kiptoo finished 17 seconds ahead of the runner-up, Abebe Tesfaye.", "second", true)]
    [InlineData("Berhane, 24, was running only his second marathon.", "second", false)]
    [InlineData("The Conservatives, who had hoped to push Labour into third place, fell back.", "third", false)]
    public void PlacedAs_APlacingInSoManyWords(string sentence, string place, bool placed) =>
        Assert.Equal(placed, QuotedKind.PlacedAs(sentence, place));
}
