package neurons

import (
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// ValidIP reports whether ip is a valid address of ipType, with Subtensor's
// rules: the type is 4 or 6 (ErrInvalidIPType); the address is not zero,
// an IPv4 address is below 2^32 − 1 (so 255.255.255.255 is refused) and an
// IPv6 address is not all ones (ErrInvalidIPAddress).
func ValidIP(ipType uint8, ip *big.Int) error {
	if ipType != 4 && ipType != 6 {
		return precompile.Revert(ErrInvalidIPType, ipType)
	}
	bad := ip.Sign() == 0
	switch ipType {
	case 4:
		bad = bad || ip.Cmp(big.NewInt(math.MaxUint32)) >= 0
	case 6:
		bad = bad || ip.BitLen() == 128 && ip.Cmp(maxU128) == 0
	}
	if bad {
		return precompile.Revert(ErrInvalidIPAddress, ip, ipType)
	}
	return nil
}

var maxU128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// validPort refuses port 0 (Subtensor's InvalidPort).
func validPort(port uint16) error {
	if port == 0 {
		return precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(0), protocol.Big(1), protocol.Big(math.MaxUint16))
	}
	return nil
}

// servingRateLimit returns RateLimited(next) if the endpoint was served
// less than ServingRateLimit blocks ago (a limit of 0 or an endpoint never
// served does not limit).
func servingRateLimit(r precompile.StateReader, k protocol.NetKey, last, block uint64) error {
	limit := subnets.ServingRateLimit(r, k)
	if limit == 0 || last == 0 || block < last || block-last >= limit {
		return nil
	}
	return precompile.Revert(protocol.ErrRateLimited, last+limit)
}

func ipBytes(ip *big.Int) [16]byte {
	var b [16]byte
	ip.FillBytes(b[:]) // ValidIP has bounded it to 128 bits
	return b
}

// serveAxonArgs are the arguments of serveAxon.
type serveAxonArgs struct {
	Netuid       uint16
	Version      uint32
	Ip           *big.Int //nolint:revive // the ABI name ip
	Port         uint16
	IpType       uint8 //nolint:revive // the ABI name ipType
	Protocol     uint8
	Placeholder1 uint8
	Placeholder2 uint8
}

// serveAxonTlsArgs are the arguments of serveAxonTls.
type serveAxonTlsArgs struct { //nolint:revive // mirrors the ABI name
	Netuid       uint16
	Version      uint32
	Ip           *big.Int //nolint:revive // the ABI name ip
	Port         uint16
	IpType       uint8 //nolint:revive // the ABI name ipType
	Protocol     uint8
	Placeholder1 uint8
	Placeholder2 uint8
	Certificate  []byte
}

// servePrometheusArgs are the arguments of servePrometheus.
type servePrometheusArgs struct {
	Netuid  uint16
	Version uint32
	Ip      *big.Int //nolint:revive // the ABI name ip
	Port    uint16
	IpType  uint8 //nolint:revive // the ABI name ipType
}

// server resolves the caller as a hotkey registered on the subnet.
func server(st *precompile.State, env precompile.Env, netuid uint16) (protocol.NetKey, common.Address, error) {
	k, err := subnets.Key(st, netuid)
	if err != nil {
		return k, common.Address{}, err
	}
	hotkey := env.Caller()
	if _, ok := UidOf(st, k, hotkey); !ok {
		return k, hotkey, precompile.Revert(protocol.ErrHotkeyNotRegistered, netuid, precompile.AddressKey(hotkey))
	}
	return k, hotkey, nil
}

func serveAxon(env precompile.Env, a serveAxonArgs) (precompile.None, error) {
	return precompile.None{}, axon(env, serveAxonTlsArgs{
		Netuid: a.Netuid, Version: a.Version, Ip: a.Ip, Port: a.Port, IpType: a.IpType,
		Protocol: a.Protocol, Placeholder1: a.Placeholder1, Placeholder2: a.Placeholder2,
	})
}

func serveAxonTls(env precompile.Env, a serveAxonTlsArgs) (precompile.None, error) { //nolint:revive // mirrors the ABI name
	if a.Certificate == nil {
		a.Certificate = []byte{}
	}
	return precompile.None{}, axon(env, a)
}

// axon serves an axon; a nil certificate (serveAxon) clears a stored one.
func axon(env precompile.Env, a serveAxonTlsArgs) error {
	st := env.State()
	k, hotkey, err := server(st, env, a.Netuid)
	if err != nil {
		return err
	}
	if err := ValidIP(a.IpType, a.Ip); err != nil {
		return err
	}
	if len(a.Certificate) > MaxCertificateLen {
		return precompile.Revert(protocol.ErrInputTooLarge, protocol.Big(uint64(len(a.Certificate))), protocol.Big(MaxCertificateLen))
	}
	block := env.BlockNumber()
	prev := LoadAxon(st, k, hotkey)
	if err := servingRateLimit(st, k, prev.Block, block); err != nil {
		return err
	}
	if err := validPort(a.Port); err != nil {
		return err
	}
	ax := Axon{Block: block, Version: a.Version, IP: ipBytes(a.Ip), Port: a.Port, IPType: a.IpType, Protocol: a.Protocol}
	storeAxon(st, k, hotkey, ax)
	switch {
	case a.Certificate != nil:
		storeCertificate(st, k, hotkey, a.Certificate)
	case len(Certificate(st, k, hotkey)) != 0:
		storeCertificate(st, k, hotkey, nil)
	}
	return emitAxonServed(env, a.Netuid, hotkey, ax, a.Placeholder1, a.Placeholder2, a.Certificate)
}

func servePrometheus(env precompile.Env, a servePrometheusArgs) (precompile.None, error) {
	st := env.State()
	k, hotkey, err := server(st, env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if err := ValidIP(a.IpType, a.Ip); err != nil {
		return precompile.None{}, err
	}
	block := env.BlockNumber()
	prev := LoadPrometheus(st, k, hotkey)
	if err := servingRateLimit(st, k, prev.Block, block); err != nil {
		return precompile.None{}, err
	}
	if err := validPort(a.Port); err != nil {
		return precompile.None{}, err
	}
	p := Prometheus{Block: block, Version: a.Version, IP: ipBytes(a.Ip), Port: a.Port, IPType: a.IpType}
	storePrometheus(st, k, hotkey, p)
	return precompile.None{}, emitPrometheusServed(env, a.Netuid, hotkey, p)
}
