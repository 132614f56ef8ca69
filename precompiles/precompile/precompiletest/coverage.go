package precompiletest

import (
	"testing"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// CheckCoverage fails t unless the module's dispatch table and its ABI
// agree: every ABI method has exactly one handler with the ABI's mutability,
// every handler is an ABI method, every custom error of the ABI has a Go
// sentinel mapped to it, and every handler answers at its own selector.
func CheckCoverage(t testing.TB, d *precompile.Definition) {
	t.Helper()
	a := d.ABI()
	handlers := d.Handlers()
	bySel := make(map[[4]byte]int)
	for _, h := range handlers {
		bySel[h.Selector]++
		m, ok := a.Methods[h.Name]
		if !ok {
			t.Errorf("%s: handler %s is not in the ABI", d.Name(), h.Name)
			continue
		}
		if [4]byte(m.ID) != h.Selector {
			t.Errorf("%s: handler %s at selector %x, ABI says %x", d.Name(), h.Name, h.Selector, m.ID)
		}
		want := map[string]precompile.Mutability{"view": precompile.MutView, "pure": precompile.MutView, "nonpayable": precompile.MutTx, "payable": precompile.MutPayable}[m.StateMutability]
		if h.Mutability != want {
			t.Errorf("%s: %s is %s in the ABI, handler is %s", d.Name(), m.Sig, m.StateMutability, h.Mutability)
		}
	}
	for _, m := range a.Methods {
		if n := bySel[[4]byte(m.ID)]; n != 1 {
			t.Errorf("%s: ABI method %s has %d handlers, want 1", d.Name(), m.Sig, n)
		}
	}
	mapped := make(map[string]bool)
	for _, e := range d.ErrorMappings() {
		mapped[e.Name] = true
	}
	for name := range a.Errors {
		if !mapped[name] {
			t.Errorf("%s: custom error %s has no Go sentinel", d.Name(), name)
		}
	}
}
