using System.Runtime.CompilerServices;

// The tests force the SIMD kernels on (UseLiteEncoder's internal constructor), because a Debug build
// would otherwise only exercise the TensorPrimitives path.
[assembly: InternalsVisibleTo("Bot.Core.Tests")]
