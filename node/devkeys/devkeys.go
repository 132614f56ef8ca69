// Package devkeys derives the development accounts from a BIP-39 mnemonic
// along the BIP-44 Ethereum path m/44'/60'/0'/0/i, as Hardhat, Anvil and
// geth --dev tooling do, so wallets importing the well-known test mnemonic
// see the same addresses as the node.
package devkeys

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Mnemonic is the well-known development mnemonic.
const Mnemonic = "test test test test test test test test test test test junk"

// Count is the number of development accounts the node funds and signs for.
const Count = 10

// hardened marks a hardened BIP-32 child index.
const hardened = uint32(1) << 31

var (
	// ErrInvalidKey is returned when a derivation step yields an unusable key
	// (probability below 2^-127; the caller should use the next index).
	ErrInvalidKey = errors.New("devkeys: derived key is invalid")
	// ErrEmptyMnemonic is returned for an empty mnemonic.
	ErrEmptyMnemonic = errors.New("devkeys: empty mnemonic")
)

// Seed returns the 64-byte BIP-39 seed of mnemonic and passphrase. The
// mnemonic's words are joined by single spaces; only ASCII mnemonics are
// supported (no Unicode normalisation is applied).
func Seed(mnemonic, passphrase string) ([]byte, error) {
	words := strings.Fields(mnemonic)
	if len(words) == 0 {
		return nil, ErrEmptyMnemonic
	}
	return pbkdf2.Key(sha512.New, strings.Join(words, " "), []byte("mnemonic"+passphrase), 2048, 64)
}

// extendedKey is a BIP-32 private extended key.
type extendedKey struct {
	key   []byte // 32 bytes
	chain []byte // 32 bytes
}

func master(seed []byte) (*extendedKey, error) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k := new(big.Int).SetBytes(sum[:32])
	if k.Sign() == 0 || k.Cmp(crypto.S256().Params().N) >= 0 {
		return nil, ErrInvalidKey
	}
	return &extendedKey{key: sum[:32], chain: sum[32:]}, nil
}

func (k *extendedKey) child(index uint32) (*extendedKey, error) {
	var data []byte
	if index >= hardened {
		data = append([]byte{0}, k.key...)
	} else {
		priv, err := crypto.ToECDSA(k.key)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalidKey, err)
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, index)
	mac := hmac.New(sha512.New, k.chain)
	mac.Write(data)
	sum := mac.Sum(nil)

	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return nil, ErrInvalidKey
	}
	child := il.Add(il, new(big.Int).SetBytes(k.key))
	child.Mod(child, n)
	if child.Sign() == 0 {
		return nil, ErrInvalidKey
	}
	return &extendedKey{key: common.LeftPadBytes(child.Bytes(), 32), chain: sum[32:]}, nil
}

// DeriveKey returns the private key at m/44'/60'/0'/0/index of the seed.
func DeriveKey(seed []byte, index uint32) (*ecdsa.PrivateKey, error) {
	k, err := master(seed)
	if err != nil {
		return nil, err
	}
	for _, step := range []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0, index} {
		if k, err = k.child(step); err != nil {
			return nil, err
		}
	}
	return crypto.ToECDSA(k.key)
}

// Account is a development account: an address and its private key.
type Account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// Address returns the account's address.
func (a *Account) Address() common.Address { return a.addr }

// Key returns the account's private key.
func (a *Account) Key() *ecdsa.PrivateKey { return a.key }

// SignTx signs tx for chainID with the latest signer.
func (a *Account) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), a.key)
}

// Accounts derives the first n accounts of mnemonic (empty passphrase).
func Accounts(mnemonic string, n int) ([]*Account, error) {
	seed, err := Seed(mnemonic, "")
	if err != nil {
		return nil, err
	}
	out := make([]*Account, 0, n)
	for i := 0; i < n; i++ {
		key, err := DeriveKey(seed, uint32(i))
		if err != nil {
			return nil, err
		}
		out = append(out, &Account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)})
	}
	return out, nil
}

// Dev returns the Count development accounts of Mnemonic.
func Dev() []*Account {
	accs, err := Accounts(Mnemonic, Count)
	if err != nil {
		panic(err) // the constant mnemonic always derives
	}
	return accs
}

// SignText signs the EIP-191 personal-message hash of data and returns the
// 65-byte [R || S || V] signature with V 0 or 1.
func (a *Account) SignText(data []byte) ([]byte, error) {
	return crypto.Sign(accounts.TextHash(data), a.key)
}
