package p;

/* kapt's stub of: interface Over { fun f(a: Int): Int; fun f(a: UInt): UInt;
   fun g(names: Array<String>, n: Int = 1): List<Int>; @Deprecated("old") fun h(): Int } */
@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u00002\n\u0002\u0018\u0002\n\u0002\u0010\u0000\n\u0000\n\u0002\u0010\b\n\u0000\n\u0002\u0018\u0002\n\u0002\b\u0003\n\u0002\u0010 \n\u0000\n\u0002\u0010\u0011\n\u0002\u0010\u000e\n\u0002\b\u0003\n\u0002\u0018\u0002\n\u0002\b\u0003\bf\u0018\u00002\u00020\u0001J\u0010\u0010\u0002\u001a\u00020\u00032\u0006\u0010\u0004\u001a\u00020\u0003H&J\u0017\u0010\u0002\u001a\u00020\u00052\u0006\u0010\u0004\u001a\u00020\u0005H&\u00a2\u0006\u0004\b\u0006\u0010\u0007J+\u0010\b\u001a\b\u0012\u0004\u0012\u00020\u00030\t2\f\u0010\n\u001a\b\u0012\u0004\u0012\u00020\f0\u000b2\b\b\u0002\u0010\r\u001a\u00020\u0003H&\u00a2\u0006\u0002\u0010\u000eJ\u0016\u0010\u000f\u001a\u00020\u0003H\'b\f\b\u0010\u0012\b\b\u0011\u0012\u0004\b\b(\u0012\u00a8\u0006\u0013\u00c0\u0006\u0003"}, d2 = {"Lp/Over;", "", "f", "", "a", "Lkotlin/UInt;", "f-IKrLr70", "(I)I", "g", "", "names", "", "", "n", "([Ljava/lang/String;I)Ljava/util/List;", "h", "Lkotlin/Deprecated;", "message", "old", "wasmbind-kotlin-example"})
@dev.wasmbind.WasmModule("greeter.wasm")
public abstract interface Over {
    
    public abstract int f(int a);
    
    @org.jetbrains.annotations.NotNull()
    public abstract java.util.List<java.lang.Integer> g(@org.jetbrains.annotations.NotNull()
    java.lang.String[] names, int n);
    
    @java.lang.Deprecated()
    public abstract int h();
    
    @kotlin.Metadata(mv = {2, 4, 0}, k = 3, xi = 816)
    public static final class DefaultImpls {
    }
}
