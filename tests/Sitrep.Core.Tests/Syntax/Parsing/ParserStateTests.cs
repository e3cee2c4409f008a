using Sitrep.Documents;
using Sitrep.Syntax.Parsing;

namespace Sitrep.Tests.Syntax.Parsing;

public class ParserStateTests
{
    private const string Text = "Gunmen attacked the village";

    [Fact]
    public void Forced_OnlyRootOnStack_IsShift()
    {
        ParserState state = Start();
        Assert.Equal(ParserState.Shift, state.Forced);
    }

    [Fact]
    public void Forced_StackAndBufferBothOpen_IsNone()
    {
        ParserState state = Start();
        state.Apply(ParserState.Shift, ParserState.None);
        Assert.Equal(-1, state.Forced);
    }

    [Fact]
    public void Forced_BufferEmpty_IsRight()
    {
        ParserState state = Start();
        for (int i = 0; i < 4; i++) state.Apply(ParserState.Shift, ParserState.None);
        Assert.Equal(ParserState.Right, state.Forced);
    }

    [Fact]
    public void Forced_WheneverSet_IsTheOnlyValidTransition()
    {
        ParserState state = Start();
        var random = new Random(1);
        while (!state.IsTerminal)
        {
            int[] valid = [.. Enumerable.Range(0, 3).Where(state.IsValid)];
            if (state.Forced >= 0) Assert.Equal([state.Forced], valid);
            else Assert.True(valid.Length > 1);
            state.Apply(valid[random.Next(valid.Length)], 0);
        }
    }

    private static ParserState Start()
    {
        var state = new ParserState();
        Span[] tokens = [new(0, 6), new(7, 15), new(16, 19), new(20, 27)];
        state.Reset(Text, tokens);
        return state;
    }
}
