using System.Diagnostics.CodeAnalysis;

// Test names follow Subject_Scenario_Expectation, which CA1707 (no underscores) would reject.
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores",
    Justification = "Test naming convention", Scope = "namespaceanddescendants", Target = "~N:Bot.Core.Tests.Embeddings")]
