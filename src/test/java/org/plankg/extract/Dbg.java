package org.plankg.extract;
final class Dbg {
    public static void main(String[] a) {
        Text t = Text.line(a[0], 1);
        System.out.println(RoleClauses.prose(t));
        System.out.println(UnitGrammar.namePrefix(Text.fold(a[0])));
    }
}
