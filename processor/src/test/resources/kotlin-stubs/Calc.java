package p;

/* kapt's stub of: interface Calc { fun add(a: UInt, b: Int?): UInt; fun plain(a: Int, tag: ByteArray?): Int } */
@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000 \n\u0002\u0018\u0002\n\u0002\u0010\u0000\n\u0000\n\u0002\u0018\u0002\n\u0002\b\u0002\n\u0002\u0010\b\n\u0002\b\u0004\n\u0002\u0010\u0012\n\u0000\bf\u0018\u00002\u00020\u0001J!\u0010\u0002\u001a\u00020\u00032\u0006\u0010\u0004\u001a\u00020\u00032\b\u0010\u0005\u001a\u0004\u0018\u00010\u0006H&\u00a2\u0006\u0004\b\u0007\u0010\bJ\u001a\u0010\t\u001a\u00020\u00062\u0006\u0010\u0004\u001a\u00020\u00062\b\u0010\n\u001a\u0004\u0018\u00010\u000bH&\u00a8\u0006\f\u00c0\u0006\u0003"}, d2 = {"Lp/Calc;", "", "add", "Lkotlin/UInt;", "a", "b", "", "add-mPSJhXU", "(ILjava/lang/Integer;)I", "plain", "tag", "", "wasmbind-kotlin-example"})
@dev.wasmbind.WasmModule("greeter.wasm")
public abstract interface Calc {
    
    public abstract int plain(int a, @org.jetbrains.annotations.Nullable()
    byte[] tag);
}
