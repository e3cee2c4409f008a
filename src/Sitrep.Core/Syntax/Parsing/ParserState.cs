using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// The mutable configuration of the arc-hybrid parser for one sentence, reused across sentences so
/// parsing allocates nothing per token. Node 0 is the root; word i of the sentence is node i + 1.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2;
    public const int None = -1;

    private int[] _stack = new int[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] LeftMost = new int[64], LeftSecond = new int[64], RightMost = new int[64], RightSecond = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];

    /// <summary>Per node, the hash of its lower-cased form, computed once per sentence so features reuse it.</summary>
    public ulong[] Words = new ulong[64];

    public int Nodes { get; private set; }
    public int Buffer { get; private set; }
    public int StackSize { get; private set; }

    public void Reset(string text, ReadOnlySpan<Span> tokens)
    {
        Reset(tokens.Length);
        Words[0] = FeatureHash.Start(-10);
        for (int i = 0; i < tokens.Length; i++) Words[i + 1] = FeatureHash.MixLower(FeatureHash.Start(-12), text.AsSpan(tokens[i].Start, tokens[i].Length));
    }

    private void Reset(int words)
    {
        Nodes = words + 1;
        if (_stack.Length < Nodes + 1)
        {
            int size = Math.Max(Nodes + 1, _stack.Length * 2);
            _stack = new int[size];
            Heads = new int[size]; Labels = new int[size];
            LeftMost = new int[size]; LeftSecond = new int[size]; RightMost = new int[size]; RightSecond = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            Words = new ulong[size];
        }
        for (int i = 0; i < Nodes; i++)
        {
            Heads[i] = None; Labels[i] = None;
            LeftMost[i] = LeftSecond[i] = RightMost[i] = RightSecond[i] = None;
            LeftCount[i] = RightCount[i] = 0;
        }
        _stack[0] = 0;
        StackSize = 1;
        Buffer = 1;
    }

    public bool IsTerminal => Buffer >= Nodes && StackSize == 1;

    /// <summary>The i-th node from the top of the stack (0 = top), or None.</summary>
    public int Stack(int i) => i < StackSize ? _stack[StackSize - 1 - i] : None;

    /// <summary>The i-th node of the buffer, or None.</summary>
    public int BufferAt(int i) => Buffer + i < Nodes ? Buffer + i : None;

    public bool IsValid(int action) => action switch
    {
        Shift => Buffer < Nodes,
        Left => StackSize >= 2 && Buffer < Nodes,
        _ => StackSize >= 2 && (StackSize > 2 || Buffer >= Nodes),
    };

    /// <summary>
    /// The only valid transition when there is just one (Shift while the stack holds only the root,
    /// Right once the buffer is empty), else -1: the classifier's scores cannot change a forced move.
    /// </summary>
    public int Forced => StackSize < 2 ? Shift : Buffer >= Nodes ? Right : -1;

    /// <summary>Applies a transition; returns the dependent of the arc it made, or None for a shift.</summary>
    public int Apply(int action, int label)
    {
        if (action == Shift)
        {
            _stack[StackSize++] = Buffer++;
            return None;
        }
        int dependent = _stack[--StackSize];
        int head = action == Left ? Buffer : _stack[StackSize - 1];
        AddArc(head, dependent, label);
        return dependent;
    }

    /// <summary>The head the next Left or Right would give the stack top.</summary>
    public int HeadFor(int action) => action == Left ? Buffer : Stack(1);

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (LeftMost[head] == None || dependent < LeftMost[head]) { LeftSecond[head] = LeftMost[head]; LeftMost[head] = dependent; }
            else if (LeftSecond[head] == None || dependent < LeftSecond[head]) LeftSecond[head] = dependent;
        }
        else
        {
            RightCount[head]++;
            if (RightMost[head] == None || dependent > RightMost[head]) { RightSecond[head] = RightMost[head]; RightMost[head] = dependent; }
            else if (RightSecond[head] == None || dependent > RightSecond[head]) RightSecond[head] = dependent;
        }
    }

    /// <summary>Dynamic-oracle cost of a transition: the gold arcs it makes unreachable (Goldberg and Nivre 2013, arc-hybrid).</summary>
    public int Cost(int action, ReadOnlySpan<int> goldHeads)
    {
        int s0 = Stack(0);
        if (action == Shift)
        {
            int b = Buffer;
            int cost = 0;
            for (int i = 0; i < StackSize; i++)
            {
                int k = _stack[i];
                if (k != s0 && goldHeads[b] == k) cost++;
                if (goldHeads[k] == b) cost++;
            }
            return cost;
        }
        int total = 0;
        for (int d = Buffer; d < Nodes; d++) if (goldHeads[d] == s0) total++;
        int head = goldHeads[s0];
        if (action == Left)
        {
            if (head == Stack(1) || head > Buffer) total++;
        }
        else if (head >= Buffer)
        {
            total++;
        }
        return total;
    }
}
