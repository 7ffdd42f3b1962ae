package tierpy.compile;

import static tierpy.code.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tierpy.code.Const;
import tierpy.code.Opcodes;
import tierpy.code.StackEffects;

/**
 * Mirrors Python/flowgraph.c of CPython 3.14: the control-flow graph built from codegen's
 * instruction sequence and every pass run on it (exception targets, inlining of small exit blocks,
 * dead code, constant folding, jump threading, line-number propagation, LOAD_FAST_CHECK, super
 * instructions, cold blocks, stack depth, NOT_TAKEN, borrowed LOAD_FAST analysis).
 */
final class FlowGraph {
    /** One instruction (cfg_instr). */
    static final class Instr {
        int opcode;
        int oparg;
        Location loc;
        Block target;
        Block except;

        Instr(int opcode, int oparg, Location loc) {
            this.opcode = opcode;
            this.oparg = oparg;
            this.loc = loc;
        }

        Instr copy() {
            Instr i = new Instr(opcode, oparg, loc);
            i.target = target;
            i.except = except;
            return i;
        }

        void setOp0(int op) {
            opcode = op;
            oparg = 0;
        }

        void setOp1(int op, int arg) {
            opcode = op;
            oparg = arg;
        }

        @Override
        public String toString() {
            return Opcodes.OPNAME[opcode] + " " + oparg;
        }
    }

    /**
     * One basic block (basicblock). Besides the live instructions it remembers the stale entries
     * past the end of CPython's b_instr array: an instruction appended with basicblock_addop reuses
     * such a slot and keeps the slot's old exception handler (i_except is not reset there), which
     * shows in the exception table.
     */
    static final class Block {
        final List<Instr> instrs = new ArrayList<>();
        private final List<Instr> staleSlots = new ArrayList<>();

        /** basicblock_addop / basicblock_add_jump: append, inheriting the reused slot's handler. */
        void addop(Instr instr) {
            instr.except = staleSlots.isEmpty() ? null : staleSlots.remove(0).except;
            instrs.add(instr);
        }

        /** basicblock_append_instructions: a full copy of another instruction. */
        void appendCopy(Instr from) {
            if (!staleSlots.isEmpty()) staleSlots.remove(0);
            instrs.add(from.copy());
        }

        /** basicblock_insert_instruction: a fresh instruction (no handler) at pos. */
        void insert(int pos, Instr instr) {
            if (!staleSlots.isEmpty()) staleSlots.remove(0);
            instrs.add(pos, instr);
        }

        /** Keep only the given instructions (in order); the slots they vacate stay stale. */
        void compact(List<Instr> kept) {
            List<Instr> vacated = new ArrayList<>(instrs.subList(kept.size(), instrs.size()));
            instrs.clear();
            instrs.addAll(kept);
            staleSlots.addAll(0, vacated);
        }

        void clear() {
            compact(List.of());
        }

        Block next;
        int label = -1;
        ExceptStack exceptStack;
        int predecessors;
        int startdepth;
        boolean preserveLasti, visited, exceptHandler, cold, warm;
        long unsafeLocalsMask;

        Instr last() {
            return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
        }

        int size() {
            return instrs.size();
        }
    }

    private static final class ExceptStack {
        final Block[] handlers;
        int depth;

        ExceptStack() {
            handlers = new Block[32];
        }

        ExceptStack(ExceptStack other) {
            handlers = other.handlers.clone();
            depth = other.depth;
        }
    }

    private Block entry;

    private FlowGraph() {}

    // ---- opcode categories (Include/internal/pycore_opcode_utils.h) ----

    static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isConditionalJump(int op) {
        return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE;
    }

    static boolean isJump(Instr i) {
        return Opcodes.HAS_JUMP[i.opcode];
    }

    static boolean isBlockPush(Instr i) {
        return StackEffects.isBlockPush(i.opcode);
    }

    static boolean hasTarget(int op) {
        return InstrSequence.hasTarget(op);
    }

    private static boolean isTerminator(int op) {
        return Opcodes.HAS_JUMP[op] || isScopeExit(op);
    }

    private static boolean hasEvalBreak(int op) {
        return op == RESUME || op == JUMP_BACKWARD || op == JUMP || op == CALL || op == CALL_KW || op == CALL_FUNCTION_EX;
    }

    private static boolean noFallthrough(Block b) {
        Instr last = b.last();
        return last != null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
    }

    private static boolean hasFallthrough(Block b) {
        return !noFallthrough(b);
    }

    private static boolean exitsScope(Block b) {
        Instr last = b.last();
        return last != null && isScopeExit(last.opcode);
    }

    private static Block nextNonempty(Block b) {
        while (b != null && b.instrs.isEmpty()) b = b.next;
        return b;
    }

    // ---- construction ----

    /** _PyCfg_FromInstructionSequence: blocks start at jump targets and after terminators. */
    static FlowGraph fromSequence(InstrSequence seq) {
        seq.resolveNextLocations();
        seq.applyLabelMap();
        FlowGraph g = new FlowGraph();
        boolean[] isTarget = new boolean[seq.size() + 1];
        for (InstrSequence.Instr instr : seq.instrs) {
            if (hasTarget(instr.opcode)) isTarget[instr.oparg] = true;
        }
        g.entry = new Block();
        g.current = g.entry;
        for (int i = 0; i < seq.size(); i++) {
            InstrSequence.Instr instr = seq.instrs.get(i);
            if (isTarget[i]) {
                g.currentLabel = i;
                g.maybeStartNewBlock();
            }
            if (instr.opcode == ANNOTATIONS_PLACEHOLDER) {
                if (seq.annotationsCode != null) {
                    seq.annotationsCode.resolveNextLocations();
                    for (InstrSequence.Instr a : seq.annotationsCode.instrs) g.addop(a.opcode, a.oparg, a.loc);
                }
                continue;
            }
            g.addop(instr.opcode, instr.oparg, instr.loc);
        }
        return g;
    }

    private Block current;
    private int currentLabel = -1;

    private void addop(int opcode, int oparg, Location loc) {
        maybeStartNewBlock();
        current.addop(new Instr(opcode, oparg, loc));
    }

    /** cfg_builder_maybe_start_new_block. */
    private void maybeStartNewBlock() {
        Instr last = current.last();
        boolean terminated = last != null && isTerminator(last.opcode);
        if (!terminated && currentLabel >= 0) {
            if (last != null || current.label >= 0) {
                terminated = true;
            } else {
                current.label = currentLabel;
                currentLabel = -1;
            }
        }
        if (terminated) {
            Block b = new Block();
            b.label = currentLabel;
            currentLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private int maxLabel() {
        int lbl = -1;
        for (Block b = entry; b != null; b = b.next) lbl = Math.max(lbl, b.label);
        return lbl;
    }

    private void translateJumpLabelsToTargets() {
        Map<Integer, Block> byLabel = new java.util.HashMap<>();
        for (Block b = entry; b != null; b = b.next) if (b.label >= 0) byLabel.put(b.label, b);
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (hasTarget(i.opcode)) {
                    i.target = byLabel.get(i.oparg);
                    if (i.target == null) throw new IllegalStateException("no block for label " + i.oparg);
                }
            }
        }
    }

    private void markExceptHandlers() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) if (isBlockPush(i)) i.target.exceptHandler = true;
        }
    }

    private void resetVisited() {
        for (Block b = entry; b != null; b = b.next) b.visited = false;
    }

    /** label_exception_targets: give every instruction its handler block. */
    private void labelExceptionTargets() {
        resetVisited();
        Deque<Block> todo = new ArrayDeque<>();
        entry.exceptStack = new ExceptStack();
        entry.visited = true;
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            ExceptStack stack = b.exceptStack;
            b.exceptStack = null;
            Block handler = stack.handlers[stack.depth];
            int lastYieldExceptDepth = -1;
            for (int idx = 0; idx < b.size(); idx++) {
                Instr instr = b.instrs.get(idx);
                if (isBlockPush(instr)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new ExceptStack(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.opcode == SETUP_WITH || instr.opcode == SETUP_CLEANUP) instr.target.preserveLasti = true;
                    stack.handlers[++stack.depth] = instr.target;
                    handler = instr.target;
                } else if (instr.opcode == POP_BLOCK) {
                    handler = stack.handlers[--stack.depth];
                    instr.setOp0(NOP);
                } else if (isJump(instr)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (hasFallthrough(b)) {
                            instr.target.exceptStack = new ExceptStack(stack);
                        } else {
                            instr.target.exceptStack = stack;
                            stack = null;
                        }
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else if (instr.opcode == YIELD_VALUE) {
                    instr.except = handler;
                    lastYieldExceptDepth = stack.depth;
                } else if (instr.opcode == RESUME) {
                    instr.except = handler;
                    if (instr.oparg != 0) {
                        if (lastYieldExceptDepth == 1) instr.oparg |= 4;
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (hasFallthrough(b) && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ---- optimization ----

    private void removeUnreachable() {
        for (Block b = entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        entry.visited = true;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && hasFallthrough(b)) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (isJump(i) || isBlockPush(i)) {
                    Block target = i.target;
                    if (!target.visited) {
                        target.visited = true;
                        stack.push(target);
                    }
                    target.predecessors++;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.clear();
                b.exceptHandler = false;
            }
        }
    }

    /** basicblock_remove_redundant_nops: returns the number removed. */
    private static int removeRedundantNops(Block bb) {
        List<Instr> out = new ArrayList<>(bb.size());
        int prevLineno = -1;
        List<Instr> in = bb.instrs;
        for (int src = 0; src < in.size(); src++) {
            Instr instr = in.get(src);
            int lineno = instr.loc.lineno();
            if (instr.opcode == NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < in.size() - 1) {
                    int nextLineno = in.get(src + 1).loc.lineno();
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0) {
                        in.get(src + 1).loc = instr.loc;
                        continue;
                    }
                } else {
                    Block next = nextNonempty(bb.next);
                    if (next != null) {
                        Location nextLoc = Location.NO_LOCATION;
                        for (Instr ni : next.instrs) {
                            if (ni.opcode == NOP && ni.loc.lineno() < 0) continue;
                            nextLoc = ni.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) continue;
                    }
                }
            }
            out.add(instr);
            prevLineno = lineno;
        }
        int removed = in.size() - out.size();
        bb.compact(out);
        return removed;
    }

    private int removeRedundantNops() {
        int changes = 0;
        for (Block b = entry; b != null; b = b.next) changes += removeRedundantNops(b);
        return changes;
    }

    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (Block b = entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) instr = null;
                for (Instr cur : b.instrs) {
                    Instr prev = instr;
                    instr = cur;
                    int prevOpcode = prev != null ? prev.opcode : 0;
                    int prevOparg = prev != null ? prev.oparg : 0;
                    boolean redundant = false;
                    if (cur.opcode == POP_TOP) {
                        if (prevOpcode == LOAD_CONST || prevOpcode == LOAD_SMALL_INT) redundant = true;
                        else if (prevOpcode == COPY && prevOparg == 1) redundant = true;
                    }
                    if (redundant) {
                        prev.setOp0(NOP);
                        cur.setOp0(NOP);
                        done = false;
                    }
                }
                if ((instr != null && isJump(instr)) || !hasFallthrough(b)) instr = null;
            }
        }
    }

    private int removeRedundantJumps() {
        int changes = 0;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (isUnconditionalJump(last.opcode)) {
                Block jumpTarget = nextNonempty(last.target);
                if (jumpTarget == null) throw new IllegalStateException("jump with NULL target");
                Block next = nextNonempty(b.next);
                if (jumpTarget == next) {
                    changes++;
                    last.setOp0(NOP);
                }
            }
        }
        return changes;
    }

    private void removeRedundantNopsAndJumps() {
        int removed;
        do {
            removed = removeRedundantNops() + removeRedundantJumps();
        } while (removed > 0);
    }

    private static boolean hasNoLineno(Block b) {
        for (Instr i : b.instrs) if (i.loc.lineno() >= 0) return false;
        return true;
    }

    private static final int MAX_COPY_SIZE = 4;

    private static boolean inlineSmallOrNoLinenoBlocks(Block bb) {
        Instr last = bb.last();
        if (last == null || !isUnconditionalJump(last.opcode)) return false;
        Block target = last.target;
        boolean smallExit = exitsScope(target) && target.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
        if (smallExit || noLinenoNoFallthrough) {
            int removedJump = last.opcode;
            last.setOp0(NOP);
            for (Instr i : List.copyOf(target.instrs)) bb.appendCopy(i);
            if (noLinenoNoFallthrough) {
                Instr newLast = bb.last();
                if (isUnconditionalJump(newLast.opcode) && removedJump == JUMP) newLast.opcode = JUMP;
            }
            target.predecessors--;
            return true;
        }
        return false;
    }

    private void inlineSmallOrNoLinenoBlocks() {
        boolean changes;
        do {
            changes = false;
            for (Block b = entry; b != null; b = b.next) {
                if (inlineSmallOrNoLinenoBlocks(b)) changes = true;
            }
        } while (changes);
    }

    /** jump_thread: true when inst was replaced by a jump to target's target. */
    private static boolean jumpThread(Block bb, Instr inst, Instr target, int opcode) {
        if (inst.target != target.target) {
            inst.setOp0(NOP);
            Instr jump = new Instr(opcode, 0, target.loc);
            jump.target = target.target;
            bb.addop(jump);
            return true;
        }
        return false;
    }

    private static boolean loadsConst(int op) {
        return op == LOAD_CONST || op == LOAD_SMALL_INT;
    }

    private Object constValue(Instr instr, List<Object> consts) {
        return instr.opcode == LOAD_SMALL_INT ? (Object) (long) instr.oparg : consts.get(instr.oparg);
    }

    /** add_const: the index of an equal constant, appending it when new. */
    private static int addConst(Object value, List<Object> consts) {
        Object key = Const.key(value);
        for (int i = 0; i < consts.size(); i++) {
            if (Const.key(consts.get(i)).equals(key)) return i;
        }
        consts.add(value);
        return consts.size() - 1;
    }

    private static Instr[] constLoadingInstrs(Block bb, int start, int size) {
        Instr[] out = new Instr[size];
        for (; start >= 0 && size > 0; start--) {
            Instr instr = bb.instrs.get(start);
            if (instr.opcode == NOP) continue;
            if (!loadsConst(instr.opcode)) return null;
            out[--size] = instr;
        }
        return size == 0 ? out : null;
    }

    private static void nopOut(Instr[] instrs) {
        for (Instr i : instrs) {
            i.setOp0(NOP);
            i.loc = Location.NO_LOCATION;
        }
    }

    private static boolean makeLoadSmallInt(Instr instr, Object value) {
        if (value instanceof Long l && l >= 0 && l < 256) {
            instr.setOp1(LOAD_SMALL_INT, (int) (long) l);
            return true;
        }
        return false;
    }

    private static void makeLoadConst(Instr instr, Object value, List<Object> consts) {
        if (makeLoadSmallInt(instr, value)) return;
        instr.setOp1(LOAD_CONST, addConst(value, consts));
    }

    private static final int MIN_CONST_SEQUENCE_SIZE = 3;

    private void foldTupleOfConstants(Block bb, int i, List<Object> consts) {
        Instr instr = bb.instrs.get(i);
        int seqSize = instr.oparg;
        if (seqSize > 30) return;
        Instr[] loads = constLoadingInstrs(bb, i - 1, seqSize);
        if (loads == null) return;
        List<Object> items = new ArrayList<>();
        for (Instr l : loads) items.add(constValue(l, consts));
        nopOut(loads);
        makeLoadConst(instr, new Const.Tuple(items), consts);
    }

    private void foldConstantIntrinsicListToTuple(Block bb, int i, List<Object> consts) {
        Instr intrinsic = bb.instrs.get(i);
        int found = 0;
        boolean expectAppend = true;
        for (int pos = i - 1; pos >= 0; pos--) {
            Instr instr = bb.instrs.get(pos);
            int op = instr.opcode;
            if (op == NOP) continue;
            if (op == BUILD_LIST && instr.oparg == 0) {
                if (!expectAppend) return;
                Object[] items = new Object[found];
                for (int p = i - 1; p >= pos; p--) {
                    Instr x = bb.instrs.get(p);
                    if (x.opcode == NOP) continue;
                    if (loadsConst(x.opcode)) items[--found] = constValue(x, consts);
                    x.setOp0(NOP);
                    x.loc = Location.NO_LOCATION;
                }
                makeLoadConst(intrinsic, new Const.Tuple(Arrays.asList(items)), consts);
                return;
            }
            if (expectAppend) {
                if (op != LIST_APPEND || instr.oparg != 1) return;
            } else {
                if (!loadsConst(op)) return;
                found++;
            }
            expectAppend = !expectAppend;
        }
    }

    private void optimizeListsAndSets(Block bb, int i, int nextop, List<Object> consts) {
        Instr instr = bb.instrs.get(i);
        boolean containsOrIter = nextop == GET_ITER || nextop == CONTAINS_OP;
        int seqSize = instr.oparg;
        if (seqSize > 30 || (seqSize < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
        Instr[] loads = constLoadingInstrs(bb, i - 1, seqSize);
        if (loads == null) {
            if (containsOrIter && instr.opcode == BUILD_LIST) instr.setOp1(BUILD_TUPLE, instr.oparg);
            return;
        }
        List<Object> items = new ArrayList<>();
        for (Instr l : loads) items.add(constValue(l, consts));
        Object result = instr.opcode == BUILD_SET ? ConstFolding.frozenset(items) : new Const.Tuple(items);
        int index = addConst(result, consts);
        nopOut(loads);
        if (containsOrIter) {
            instr.setOp1(LOAD_CONST, index);
        } else {
            Instr i2 = bb.instrs.get(i - 2);
            i2.loc = instr.loc;
            int build = instr.opcode;
            i2.setOp1(build, 0);
            bb.instrs.get(i - 1).setOp1(LOAD_CONST, index);
            instr.setOp1(build == BUILD_LIST ? LIST_EXTEND : SET_UPDATE, 1);
        }
    }

    private void foldConstBinop(Block bb, int i, List<Object> consts) {
        Instr binop = bb.instrs.get(i);
        Instr[] operands = constLoadingInstrs(bb, i - 1, 2);
        if (operands == null) return;
        Object lhs = constValue(operands[0], consts);
        Object rhs = constValue(operands[1], consts);
        Object result = ConstFolding.binop(lhs, binop.oparg, rhs);
        if (result == null) return;
        nopOut(operands);
        makeLoadConst(binop, result, consts);
    }

    private void foldConstUnaryop(Block bb, int i, List<Object> consts) {
        Instr unaryop = bb.instrs.get(i);
        Instr[] operand = constLoadingInstrs(bb, i - 1, 1);
        if (operand == null) return;
        Object value = constValue(operand[0], consts);
        Object result = ConstFolding.unaryop(value, unaryop.opcode, unaryop.oparg);
        if (result == null) return;
        nopOut(operand);
        makeLoadConst(unaryop, result, consts);
    }

    private void optimizeLoadConst(List<Object> consts) {
        for (Block bb = entry; bb != null; bb = bb.next) {
            int opcode = 0;
            int oparg = 0;
            for (int i = 0; i < bb.size(); i++) {
                Instr inst = bb.instrs.get(i);
                if (inst.opcode == LOAD_CONST) makeLoadSmallInt(inst, consts.get(inst.oparg));
                boolean copyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
                if (!copyOfLoadConst) {
                    opcode = inst.opcode;
                    oparg = inst.oparg;
                }
                if (opcode != LOAD_CONST && opcode != LOAD_SMALL_INT) continue;
                int nextop = i + 1 < bb.size() ? bb.instrs.get(i + 1).opcode : 0;
                Object cnt = opcode == LOAD_SMALL_INT ? (Object) (long) oparg : consts.get(oparg);
                switch (nextop) {
                    case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                        boolean isTrue = Const.isTrue(cnt);
                        if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) inst.setOp0(NOP);
                        boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE || nextop == JUMP_IF_TRUE;
                        if (isTrue == jumpIfTrue) bb.instrs.get(i + 1).opcode = JUMP;
                        else bb.instrs.get(i + 1).setOp0(NOP);
                    }
                    case IS_OP -> {
                        if (cnt != Const.NONE || bb.size() <= i + 2) break;
                        Instr isInstr = bb.instrs.get(i + 1);
                        Instr jumpInstr = bb.instrs.get(i + 2);
                        if (jumpInstr.opcode == TO_BOOL) {
                            jumpInstr.setOp0(NOP);
                            if (bb.size() <= i + 3) break;
                            jumpInstr = bb.instrs.get(i + 3);
                        }
                        boolean invert = isInstr.oparg != 0;
                        if (jumpInstr.opcode == POP_JUMP_IF_FALSE) invert = !invert;
                        else if (jumpInstr.opcode != POP_JUMP_IF_TRUE) break;
                        inst.setOp0(NOP);
                        isInstr.setOp0(NOP);
                        jumpInstr.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                    }
                    case TO_BOOL -> {
                        int index = addConst(Const.isTrue(cnt), consts);
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp1(LOAD_CONST, index);
                    }
                    default -> { }
                }
            }
        }
    }

    /** optimize_basic_block. */
    private void optimizeBasicBlock(Block bb, List<Object> consts) {
        Instr nop = new Instr(NOP, 0, Location.NO_LOCATION);
        for (int i = 0; i < bb.size(); i++) {
            Instr inst = bb.instrs.get(i);
            int opcode = inst.opcode;
            int oparg = inst.oparg;
            Instr target = hasTarget(opcode) ? inst.target.instrs.get(0) : nop;
            int nextop = i + 1 < bb.size() ? bb.instrs.get(i + 1).opcode : 0;
            switch (opcode) {
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == bb.instrs.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setOp0(NOP);
                            bb.instrs.get(i + 1).setOp0(NOP);
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.setOp0(NOP);
                            bb.instrs.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    foldTupleOfConstants(bb, i, consts);
                }
                case BUILD_LIST, BUILD_SET -> optimizeListsAndSets(bb, i, nextop, consts);
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (target.opcode == JUMP && jumpThread(bb, inst, target, inst.opcode)) i--;
                }
                case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                    int same = opcode;
                    int other = opcode == JUMP_IF_FALSE ? JUMP_IF_TRUE : JUMP_IF_FALSE;
                    if (target.opcode == JUMP || target.opcode == same) {
                        if (jumpThread(bb, inst, target, same)) i--;
                        continue;
                    } else if (target.opcode == other) {
                        inst.target = inst.target.next;
                        i--;
                        continue;
                    }
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (target.opcode == JUMP) {
                        if (jumpThread(bb, inst, target, JUMP)) i--;
                        continue;
                    } else if (target.opcode == JUMP_NO_INTERRUPT) {
                        if (jumpThread(bb, inst, target, opcode)) i--;
                        continue;
                    }
                }
                case STORE_FAST -> {
                    if (opcode == nextop && oparg == bb.instrs.get(i + 1).oparg
                            && inst.loc.lineno() == bb.instrs.get(i + 1).loc.lineno()) {
                        inst.setOp0(POP_TOP);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) inst.setOp0(NOP);
                }
                case LOAD_GLOBAL -> {
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) {
                        inst.setOp1(LOAD_GLOBAL, oparg | 1);
                        bb.instrs.get(i + 1).setOp0(NOP);
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp1(COMPARE_OP, oparg | 16);
                        continue;
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp1(opcode, oparg);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp1(opcode, oparg ^ 1);
                        continue;
                    }
                }
                case TO_BOOL -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        continue;
                    }
                }
                case UNARY_NOT -> {
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp0(UNARY_NOT);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setOp0(NOP);
                        bb.instrs.get(i + 1).setOp0(NOP);
                        continue;
                    }
                    foldConstUnaryop(bb, i, consts);
                }
                case UNARY_INVERT, UNARY_NEGATIVE -> foldConstUnaryop(bb, i, consts);
                case CALL_INTRINSIC_1 -> {
                    if (oparg == INTRINSIC_LIST_TO_TUPLE) {
                        if (nextop == GET_ITER) inst.setOp0(NOP);
                        else foldConstantIntrinsicListToTuple(bb, i, consts);
                    } else if (oparg == INTRINSIC_UNARY_POSITIVE) {
                        foldConstUnaryop(bb, i, consts);
                    }
                }
                case BINARY_OP -> foldConstBinop(bb, i, consts);
                default -> { }
            }
        }
        for (int i = 0; i < bb.size(); i++) {
            if (bb.instrs.get(i).opcode == SWAP) {
                i = swaptimize(bb, i);
                applyStaticSwaps(bb, i);
            }
        }
    }

    /** swaptimize: replace a run of SWAPs and NOPs with an optimal one; returns the new index. */
    private static int swaptimize(Block block, int ix) {
        List<Instr> ins = block.instrs;
        int depth = ins.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = block.size() - ix;
        while (++len < limit) {
            int opcode = ins.get(ix + len).opcode;
            if (opcode == SWAP) {
                depth = Math.max(depth, ins.get(ix + len).oparg);
                more = true;
            } else if (opcode != NOP) {
                break;
            }
        }
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr instr = ins.get(ix + i);
            if (instr.opcode == SWAP) {
                int oparg = instr.oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        int current = len - 1;
        final int visitedMark = -1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visitedMark || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) {
                    ins.get(ix + current).setOp1(SWAP, j + 1);
                    current--;
                }
                if (stack[j] == visitedMark) break;
                int nextJ = stack[j];
                stack[j] = visitedMark;
                j = nextJ;
            }
        }
        while (0 <= current) {
            ins.get(ix + current).setOp0(NOP);
            current--;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST || i.opcode == STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static int nextSwappableInstruction(Block block, int i, int lineno) {
        while (++i < block.size()) {
            Instr instruction = block.instrs.get(i);
            if (0 <= lineno && instruction.loc.lineno() != lineno) return -1;
            if (instruction.opcode == NOP) continue;
            if (swappable(instruction.opcode)) return i;
            return -1;
        }
        return -1;
    }

    private static void applyStaticSwaps(Block block, int i) {
        for (; 0 <= i; i--) {
            Instr swap = block.instrs.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) continue;
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block.instrs.get(j).loc.lineno();
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(block.instrs.get(j));
            int storeK = storesTo(block.instrs.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(block.instrs.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) return;
                }
            }
            swap.setOp0(NOP);
            Instr temp = block.instrs.get(j);
            block.instrs.set(j, block.instrs.get(k));
            block.instrs.set(k, temp);
        }
    }

    /** optimize_cfg. */
    private void optimizeCfg(List<Object> consts, int firstlineno) {
        checkCfg();
        inlineSmallOrNoLinenoBlocks();
        removeUnreachable();
        resolveLineNumbers();
        optimizeLoadConst(consts);
        for (Block b = entry; b != null; b = b.next) optimizeBasicBlock(b, consts);
        removeRedundantNopsAndPairs();
        removeUnreachable();
        removeRedundantNopsAndJumps();
    }

    private void checkCfg() {
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size(); i++) {
                if (isTerminator(b.instrs.get(i).opcode) && i != b.size() - 1) {
                    throw new IllegalStateException("malformed control flow graph.");
                }
            }
        }
    }

    /** remove_unused_consts: drop constants no instruction loads (the first one stays). */
    private void removeUnusedConsts(List<Object> consts) {
        int n = consts.size();
        if (n == 0) return;
        boolean[] used = new boolean[n];
        used[0] = true;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) if (i.opcode == LOAD_CONST) used[i.oparg] = true;
        }
        int[] reverse = new int[n];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                reverse[i] = kept.size();
                kept.add(consts.get(i));
            }
        }
        if (kept.size() == n) return;
        consts.clear();
        consts.addAll(kept);
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) if (i.opcode == LOAD_CONST) i.oparg = reverse[i.oparg];
        }
    }

    private static void maybePush(Block b, long unsafeMask, Deque<Block> sp) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                sp.push(b);
                b.visited = true;
            }
        }
    }

    private static void scanBlockForLocals(Block b, Deque<Block> sp) {
        long unsafeMask = b.unsafeLocalsMask;
        for (Instr instr : b.instrs) {
            if (instr.except != null) maybePush(instr.except, unsafeMask, sp);
            if (instr.oparg >= 64) continue;
            long bit = 1L << instr.oparg;
            switch (instr.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafeMask |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafeMask &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafeMask & bit) != 0) instr.opcode = LOAD_FAST_CHECK;
                    unsafeMask &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && hasFallthrough(b)) maybePush(b.next, unsafeMask, sp);
        Instr last = b.last();
        if (last != null && isJump(last)) maybePush(last.target, unsafeMask, sp);
    }

    private void fastScanManyLocals(int nlocals) {
        int[] states = new int[nlocals - 64];
        int blocknum = 0;
        for (Block b = entry; b != null; b = b.next) {
            blocknum++;
            for (Instr instr : b.instrs) {
                int arg = instr.oparg;
                if (arg < 64) continue;
                switch (instr.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) instr.opcode = LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }

    /** add_checks_for_loads_of_uninitialized_variables: LOAD_FAST_CHECK where a local may be unbound. */
    private void addChecksForLoadsOfUninitializedVariables(int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            fastScanManyLocals(nlocals);
            nlocals = 64;
        }
        resetVisited();
        Deque<Block> sp = new ArrayDeque<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(entry, startMask, sp);
        for (Block b = entry; b != null; b = b.next) scanBlockForLocals(b, sp);
        while (!sp.isEmpty()) {
            Block b = sp.pop();
            b.visited = false;
            scanBlockForLocals(b, sp);
        }
    }

    private static void makeSuperInstruction(Instr inst1, Instr inst2, int superOp) {
        int line1 = inst1.loc.lineno();
        int line2 = inst2.loc.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) return;
        if (inst1.oparg >= 16 || inst2.oparg >= 16) return;
        inst1.setOp1(superOp, (inst1.oparg << 4) | inst2.oparg);
        inst2.setOp0(NOP);
    }

    private void insertSuperinstructions() {
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size(); i++) {
                Instr inst = b.instrs.get(i);
                int nextop = i + 1 < b.size() ? b.instrs.get(i + 1).opcode : 0;
                if (inst.opcode == LOAD_FAST && nextop == LOAD_FAST) {
                    makeSuperInstruction(inst, b.instrs.get(i + 1), LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == LOAD_FAST) {
                    makeSuperInstruction(inst, b.instrs.get(i + 1), STORE_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == STORE_FAST) {
                    makeSuperInstruction(inst, b.instrs.get(i + 1), STORE_FAST_STORE_FAST);
                }
            }
        }
        removeRedundantNops();
    }

    private void markWarm() {
        resetVisited();
        Deque<Block> sp = new ArrayDeque<>();
        sp.push(entry);
        entry.visited = true;
        while (!sp.isEmpty()) {
            Block b = sp.pop();
            b.warm = true;
            Block next = b.next;
            if (next != null && hasFallthrough(b) && !next.visited) {
                sp.push(next);
                next.visited = true;
            }
            for (Instr instr : b.instrs) {
                if (isJump(instr) && !instr.target.visited) {
                    sp.push(instr.target);
                    instr.target.visited = true;
                }
            }
        }
    }

    private void markCold() {
        markWarm();
        resetVisited();
        Deque<Block> sp = new ArrayDeque<>();
        for (Block b = entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                sp.push(b);
                b.visited = true;
            }
        }
        while (!sp.isEmpty()) {
            Block b = sp.pop();
            b.cold = true;
            Block next = b.next;
            if (next != null && hasFallthrough(b) && !next.warm && !next.visited) {
                sp.push(next);
                next.visited = true;
            }
            for (Instr instr : b.instrs) {
                if (isJump(instr)) {
                    Block target = instr.target;
                    if (!target.warm && !target.visited) {
                        sp.push(target);
                        target.visited = true;
                    }
                }
            }
        }
    }

    /** push_cold_blocks_to_end: exception handlers and code only they reach go last. */
    private void pushColdBlocksToEnd() {
        if (entry.next == null) return;
        markCold();
        int nextLbl = maxLabel() + 1;
        for (Block b = entry; b != null; b = b.next) {
            if (b.cold && hasFallthrough(b) && b.next != null && b.next.warm) {
                Block explicitJump = new Block();
                if (b.next.label < 0) b.next.label = nextLbl++;
                Instr jump = new Instr(JUMP_NO_INTERRUPT, b.next.label, Location.NO_LOCATION);
                jump.target = b.next;
                explicitJump.addop(jump);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                explicitJump.predecessors = 1;
                b.next = explicitJump;
            }
        }
        Block coldBlocks = null;
        Block coldTail = null;
        Block b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            Block end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (coldBlocks == null) coldBlocks = b.next;
            else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldBlocks;
        if (coldBlocks != null) removeRedundantNopsAndJumps();
    }

    private static boolean isExitOrEvalCheckWithoutLineno(Block b) {
        if (exitsScope(b) || blockHasEvalBreak(b)) return hasNoLineno(b);
        return false;
    }

    private static boolean blockHasEvalBreak(Block b) {
        for (Instr i : b.instrs) if (hasEvalBreak(i.opcode)) return true;
        return false;
    }

    private void duplicateExitsWithoutLineno() {
        int nextLbl = maxLabel() + 1;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (isJump(last)) {
                Block target = nextNonempty(last.target);
                if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                    Block newTarget = new Block();
                    for (Instr i : target.instrs) newTarget.appendCopy(i);
                    newTarget.instrs.get(0).loc = last.loc;
                    last.target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    newTarget.label = nextLbl++;
                    target.next = newTarget;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (hasFallthrough(b) && b.next != null && b.size() > 0 && isExitOrEvalCheckWithoutLineno(b.next)) {
                b.next.instrs.get(0).loc = b.last().loc;
            }
        }
    }

    private void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            Location prev = Location.NO_LOCATION;
            for (Instr i : b.instrs) {
                if (i.loc.lineno() == -1) i.loc = prev;
                else prev = i.loc;
            }
            if (hasFallthrough(b) && b.next.predecessors == 1 && b.next.size() > 0
                    && b.next.instrs.get(0).loc.lineno() == -1) {
                b.next.instrs.get(0).loc = prev;
            }
            if (isJump(last)) {
                Block target = last.target;
                // CPython reads the first slot even of an emptied block; only a live instruction matters
                if (target.predecessors == 1 && target.size() > 0 && target.instrs.get(0).loc.lineno() == -1) {
                    target.instrs.get(0).loc = prev;
                }
            }
        }
    }

    private void resolveLineNumbers() {
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
    }

    /** _PyCfg_OptimizeCodeUnit. */
    void optimizeCodeUnit(List<Object> consts, int nlocals, int nparams, int firstlineno) {
        translateJumpLabelsToTargets();
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg(consts, firstlineno);
        removeUnusedConsts(consts);
        addChecksForLoadsOfUninitializedVariables(nlocals, nparams);
        insertSuperinstructions();
        pushColdBlocksToEnd();
        resolveLineNumbers();
    }

    // ---- back to an instruction sequence ----

    private void convertPseudoConditionalJumps() {
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size(); i++) {
                Instr instr = b.instrs.get(i);
                if (instr.opcode == JUMP_IF_FALSE || instr.opcode == JUMP_IF_TRUE) {
                    instr.opcode = instr.opcode == JUMP_IF_FALSE ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                    b.insert(i++, new Instr(COPY, 1, instr.loc));
                    b.insert(i++, new Instr(TO_BOOL, 0, instr.loc));
                }
            }
        }
    }

    private static boolean stackdepthPush(Deque<Block> sp, Block b, int depth) {
        if (!(b.startdepth < 0 || b.startdepth == depth)) {
            throw new IllegalStateException("Invalid CFG, inconsistent stackdepth");
        }
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            sp.push(b);
        }
        return true;
    }

    /** calculate_stackdepth. */
    private int calculateStackdepth() {
        for (Block b = entry; b != null; b = b.next) b.startdepth = Integer.MIN_VALUE;
        Deque<Block> sp = new ArrayDeque<>();
        int maxdepth = 0;
        stackdepthPush(sp, entry, 0);
        while (!sp.isEmpty()) {
            Block b = sp.pop();
            int depth = b.startdepth;
            Block next = b.next;
            for (Instr instr : b.instrs) {
                int effect = StackEffects.net(instr.opcode, instr.oparg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) throw new IllegalStateException("Invalid CFG, stack underflow");
                maxdepth = Math.max(maxdepth, depth);
                if (hasTarget(instr.opcode) && instr.opcode != END_ASYNC_FOR) {
                    int targetDepth = depth + StackEffects.net(instr.opcode, instr.oparg, true);
                    maxdepth = Math.max(maxdepth, depth);
                    stackdepthPush(sp, instr.target, targetDepth);
                }
                depth = newDepth;
                if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) stackdepthPush(sp, next, depth);
        }
        return maxdepth;
    }

    /** prepare_localsplus: MAKE_CELL / COPY_FREE_VARS / generator prefix, and cell opargs as localsplus offsets. */
    private int prepareLocalsplus(Compiler.Unit u, int codeFlags) {
        int nlocals = u.varnames.size();
        int ncellvars = u.cellvars.size();
        int nfreevars = u.freevars.size();
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        int noffsets = ncellvars + nfreevars;
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) fixed[i] = nlocals + i;
        for (Map.Entry<String, Integer> cell : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(cell.getKey());
            if (varindex != null) fixed[cell.getValue()] = varindex;
        }
        // insert_prefix_instructions
        if ((codeFlags & (0x20 | 0x80 | 0x200)) != 0) {
            Location loc = new Location(u.firstlineno, u.firstlineno, -1, -1);
            entry.insert(0, new Instr(RETURN_GENERATOR, 0, loc));
            entry.insert(1, new Instr(POP_TOP, 0, loc));
        }
        if (ncellvars > 0) {
            int nvars = ncellvars + nlocals;
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
            for (int i = 0, used = 0; used < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) continue;
                entry.insert(used, new Instr(MAKE_CELL, oldindex, Location.NO_LOCATION));
                used++;
            }
        }
        if (nfreevars > 0) entry.insert(0, new Instr(COPY_FREE_VARS, nfreevars, Location.NO_LOCATION));
        // fix_cell_offsets
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixed[i] == i + nlocals) fixed[i] -= numdropped;
            else numdropped++;
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr inst : b.instrs) {
                switch (inst.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                        inst.oparg = fixed[inst.oparg];
                    default -> { }
                }
            }
        }
        return nlocalsplus - numdropped;
    }

    private void convertPseudoOps() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                if (isBlockPush(instr)) instr.setOp0(NOP);
                else if (instr.opcode == LOAD_CLOSURE) instr.opcode = LOAD_FAST;
                else if (instr.opcode == STORE_FAST_MAYBE_NULL) instr.opcode = STORE_FAST;
            }
        }
        removeRedundantNopsAndJumps();
    }

    /** normalize_jumps: NOT_TAKEN after forward conditional jumps; backward ones inverted around a JUMP. */
    private void normalizeJumps() {
        resetVisited();
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !isConditionalJump(last.opcode)) continue;
            boolean forward = !last.target.visited;
            if (forward) {
                b.addop(new Instr(NOT_TAKEN, 0, last.loc));
                continue;
            }
            int reversed = switch (last.opcode) {
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                default -> POP_JUMP_IF_FALSE;
            };
            Block target = last.target;
            Block backwardsJump = new Block();
            backwardsJump.addop(new Instr(NOT_TAKEN, 0, last.loc));
            Instr jump = new Instr(JUMP, 0, last.loc);
            jump.target = target;
            backwardsJump.addop(jump);
            backwardsJump.startdepth = target.startdepth;
            last.opcode = reversed;
            last.target = b.next;
            backwardsJump.cold = b.cold;
            backwardsJump.next = b.next;
            b.next = backwardsJump;
        }
    }

    private record Ref(int instr, int local) {}

    private static final int NOT_LOCAL = -1;
    private static final int DUMMY_INSTR = -1;
    private static final int SUPPORT_KILLED = 1;
    private static final int STORED_AS_LOCAL = 2;
    private static final int REF_UNCONSUMED = 4;

    private static void killLocal(byte[] flags, List<Ref> refs, int local) {
        for (Ref r : refs) if (r.local() == local) flags[r.instr()] |= SUPPORT_KILLED;
    }

    private static void storeLocal(byte[] flags, List<Ref> refs, int local, Ref r) {
        killLocal(flags, refs, local);
        if (r.instr() != DUMMY_INSTR) flags[r.instr()] |= STORED_AS_LOCAL;
    }

    private static void loadFastPushBlock(Deque<Block> sp, Block target, int startDepth) {
        if (!target.visited) {
            target.visited = true;
            sp.push(target);
        }
    }

    private static Ref pop(List<Ref> refs) {
        return refs.remove(refs.size() - 1);
    }

    /** optimize_load_fast: LOAD_FAST becomes LOAD_FAST_BORROW where the borrow provably cannot outlive the local. */
    private void optimizeLoadFast() {
        resetVisited();
        Deque<Block> sp = new ArrayDeque<>();
        sp.push(entry);
        entry.startdepth = 0;
        entry.visited = true;
        List<Ref> refs = new ArrayList<>();
        while (!sp.isEmpty()) {
            Block block = sp.pop();
            byte[] flags = new byte[block.size()];
            refs.clear();
            for (int i = 0; i < block.startdepth; i++) refs.add(new Ref(DUMMY_INSTR, NOT_LOCAL));
            for (int i = 0; i < block.size(); i++) {
                Instr instr = block.instrs.get(i);
                int opcode = instr.opcode;
                int oparg = instr.oparg;
                switch (opcode) {
                    case LOAD_FAST -> refs.add(new Ref(i, oparg));
                    case LOAD_FAST_AND_CLEAR -> {
                        killLocal(flags, refs, oparg);
                        refs.add(new Ref(i, oparg));
                    }
                    case LOAD_FAST_LOAD_FAST -> {
                        refs.add(new Ref(i, oparg >> 4));
                        refs.add(new Ref(i, oparg & 15));
                    }
                    case STORE_FAST -> storeLocal(flags, refs, oparg, pop(refs));
                    case STORE_FAST_LOAD_FAST -> {
                        storeLocal(flags, refs, oparg >> 4, pop(refs));
                        refs.add(new Ref(i, oparg & 15));
                    }
                    case STORE_FAST_STORE_FAST -> {
                        storeLocal(flags, refs, oparg >> 4, pop(refs));
                        storeLocal(flags, refs, oparg & 15, pop(refs));
                    }
                    case COPY -> {
                        Ref r = refs.get(refs.size() - oparg);
                        refs.add(new Ref(r.instr(), r.local()));
                    }
                    case SWAP -> {
                        int idx = refs.size() - oparg;
                        Ref tmp = refs.get(idx);
                        refs.set(idx, refs.get(refs.size() - 1));
                        refs.set(refs.size() - 1, tmp);
                    }
                    case GET_ANEXT, GET_LEN, IMPORT_FROM, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, WITH_EXCEPT_START -> {
                        int net = StackEffects.pushed(opcode, oparg) - StackEffects.popped(opcode, oparg);
                        for (int k = 0; k < net; k++) refs.add(new Ref(k, NOT_LOCAL));
                    }
                    case DICT_MERGE, DICT_UPDATE, LIST_APPEND, LIST_EXTEND, MAP_ADD, RERAISE, SET_ADD, SET_UPDATE -> {
                        int net = StackEffects.popped(opcode, oparg) - StackEffects.pushed(opcode, oparg);
                        for (int k = 0; k < net; k++) pop(refs);
                    }
                    case FORMAT_SIMPLE -> {
                        // an exact str is passed through: the result may be the loaded reference
                        refs.add(pop(refs));
                    }
                    case CHECK_EXC_MATCH -> {
                        pop(refs);
                        refs.add(new Ref(i, NOT_LOCAL));
                    }
                    case FOR_ITER -> {
                        loadFastPushBlock(sp, instr.target, refs.size() + 1);
                        refs.add(new Ref(i, NOT_LOCAL));
                    }
                    case LOAD_ATTR, LOAD_SUPER_ATTR -> {
                        Ref self = pop(refs);
                        if (opcode == LOAD_SUPER_ATTR) {
                            pop(refs);
                            pop(refs);
                        }
                        refs.add(new Ref(i, NOT_LOCAL));
                        if ((oparg & 1) != 0) refs.add(new Ref(self.instr(), self.local()));
                    }
                    case SEND -> {
                        loadFastPushBlock(sp, instr.target, refs.size());
                        pop(refs);
                        refs.add(new Ref(i, NOT_LOCAL));
                    }
                    default -> {
                        int popped = StackEffects.popped(opcode, oparg);
                        int pushed = StackEffects.pushed(opcode, oparg);
                        if (hasTarget(opcode)) loadFastPushBlock(sp, instr.target, refs.size() - popped + pushed);
                        if (!StackEffects.isBlockPush(opcode)) {
                            for (int k = 0; k < popped; k++) pop(refs);
                            for (int k = 0; k < pushed; k++) refs.add(new Ref(i, NOT_LOCAL));
                        }
                    }
                }
            }
            Instr term = block.last();
            if (term != null && block.next != null
                    && !(isUnconditionalJump(term.opcode) || isScopeExit(term.opcode))) {
                loadFastPushBlock(sp, block.next, refs.size());
            }
            for (Ref r : refs) if (r.instr() != -1) flags[r.instr()] |= REF_UNCONSUMED;
            for (int i = 0; i < block.size(); i++) {
                if (flags[i] == 0) {
                    Instr instr = block.instrs.get(i);
                    if (instr.opcode == LOAD_FAST) instr.opcode = LOAD_FAST_BORROW;
                    else if (instr.opcode == LOAD_FAST_LOAD_FAST) instr.opcode = LOAD_FAST_BORROW_LOAD_FAST_BORROW;
                }
            }
        }
    }

    /** The optimized, flattened instructions with their handlers (_PyCfg_OptimizedCfgToInstructionSequence). */
    record Result(InstrSequence seq, int stackdepth, int nlocalsplus) {}

    Result toInstructionSequence(Compiler.Unit u, int codeFlags) {
        convertPseudoConditionalJumps();
        int stackdepth = calculateStackdepth();
        int nlocalsplus = prepareLocalsplus(u, codeFlags);
        convertPseudoOps();
        normalizeJumps();
        optimizeLoadFast();
        InstrSequence seq = new InstrSequence();
        int lbl = 0;
        for (Block b = entry; b != null; b = b.next) b.label = lbl++;
        Map<Block, Integer> firstIndex = new java.util.IdentityHashMap<>();
        List<Instr> flat = new ArrayList<>();
        for (Block b = entry; b != null; b = b.next) {
            firstIndex.put(b, flat.size());
            flat.addAll(b.instrs);
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                InstrSequence.Instr out = seq.addop(instr.opcode, instr.oparg, instr.loc);
                if (hasTarget(instr.opcode)) {
                    out.target = nextIndex(firstIndex, instr.target, flat.size());
                    out.oparg = out.target;
                }
                if (instr.except != null) {
                    out.handlerLabel = nextIndex(firstIndex, instr.except, flat.size());
                    out.handlerStartDepth = instr.except.startdepth;
                    out.handlerPreserveLasti = instr.except.preserveLasti;
                }
            }
        }
        return new Result(seq, stackdepth, nlocalsplus);
    }

    /** The instruction index a block starts at (the next non-empty block's first instruction). */
    private static int nextIndex(Map<Block, Integer> firstIndex, Block b, int end) {
        Integer index = firstIndex.get(b);
        return index == null ? end : index;
    }
}
