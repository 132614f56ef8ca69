package staking

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// MaxNominatorsPage is the most coldkeys getNominators and
// getAlphaStakedValidators return per call.
const MaxNominatorsPage = 256

// UnstakeValue is the TAO value of alpha alpha rao of k used by the
// coldkey views: what selling it all would pay (price impact counted) plus
// the swap fee valued at the spot price; 1:1 on root. A sale the pool
// refuses (reserve minimum, input cap) is valued at the spot price.
func UnstakeValue(r precompile.StateReader, k protocol.NetKey, alpha uint64) uint64 {
	if k.IsRoot() || alpha == 0 {
		return alpha
	}
	p := pools.Load(r, k).Reserves()
	q, err := p.QuoteSell(alpha, pools.FeeRate(r))
	if err != nil {
		return spotTAO(r, k, alpha)
	}
	fee, err := p.AlphaToTAO(q.Fee)
	if err != nil {
		fee = 0
	}
	return q.Out + fee
}

// ClaimableOf returns the TAO a coldkey may claim for its position on
// hotkey of the dissolved generation k (its alpha at the generation's rate,
// plus the owner share if it is the owner's to claim), 0 if k was not
// dissolved.
func ClaimableOf(r precompile.StateReader, k protocol.NetKey, hotkey, coldkey common.Address) uint64 {
	rate, ok := pools.DissolvedRate(r, k)
	if !ok {
		return 0
	}
	tao := pools.ClaimValue(StakeOf(r, k, hotkey, coldkey), rate)
	if a, ok := ownerShare(r, k, hotkey, coldkey); ok {
		tao += pools.ClaimValue(a, rate)
	}
	return tao
}

// TotalColdkeyStake returns the TAO value of all of a coldkey's positions
// (UnstakeValue for current generations, the claimable TAO for dissolved
// ones), as a uint256 (it cannot overflow). With onlyNetuid set, only
// positions of that netuid's current generation count.
func TotalColdkeyStake(r precompile.StateReader, coldkey common.Address, onlyNetuid bool, netuid uint16) *uint256.Int {
	total := new(uint256.Int)
	for _, p := range Positions(r, coldkey) {
		if onlyNetuid && p.Key.Netuid != netuid {
			continue
		}
		var v uint64
		if protocol.Generation(r, p.Key.Netuid) == p.Key.Gen {
			v = UnstakeValue(r, p.Key, StakeOf(r, p.Key, p.Hotkey, coldkey))
		} else if !onlyNetuid {
			if rate, ok := pools.DissolvedRate(r, p.Key); ok {
				v = pools.ClaimValue(StakeOf(r, p.Key, p.Hotkey, coldkey), rate)
			}
		}
		total.Add(total, uint256.NewInt(v))
	}
	return total
}

// TotalHotkeyStake returns the TAO value of all stake on a hotkey: over the
// subnets it has stake on, its share pool's alpha at the spot price (root
// 1:1), as a uint256. The metagraph's getStake is this value.
func TotalHotkeyStake(r precompile.StateReader, hotkey common.Address) *uint256.Int {
	total := new(uint256.Int)
	for _, netuid := range HotkeyNetuids(r, hotkey) {
		k := protocol.Current(r, netuid)
		if !k.IsRoot() && k.Gen == 0 {
			continue
		}
		total.Add(total, uint256.NewInt(spotTAO(r, k, HotkeyAlpha(r, k, hotkey))))
	}
	return total
}

// Nominators returns up to limit coldkeys staking to (hotkey, k) from
// index offset on, and their total number.
func Nominators(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, offset, limit uint64) ([]common.Address, uint64) {
	n := LoadHotkeyPool(r, k, hotkey).Nominators
	if offset >= n {
		return nil, n
	}
	end := min(n, offset+min(limit, n-offset))
	out := make([]common.Address, 0, end-offset)
	for i := offset; i < end; i++ {
		out = append(out, Nominator(r, k, hotkey, i))
	}
	return out, n
}

func keys(addrs []common.Address) [][32]byte {
	out := make([][32]byte, len(addrs))
	for i, a := range addrs {
		out[i] = precompile.AddressKey(a)
	}
	return out
}

type coldkeyArgs struct{ Coldkey [32]byte }

type hotkeyArgs struct{ Hotkey [32]byte }

type coldkeyNetArgs struct {
	Coldkey [32]byte
	Netuid  *big.Int
}

type hotkeyNetArgs struct {
	Hotkey [32]byte
	Netuid *big.Int
}

type getStakeArgs struct {
	Hotkey  [32]byte
	Coldkey [32]byte
	Netuid  *big.Int
}

type nominatorsArgs struct {
	Hotkey [32]byte
	Netuid *big.Int
	Offset *big.Int
	Limit  *big.Int
}

type nominatorsResult struct {
	Coldkeys [][32]byte
	Total    *big.Int
}

type allowanceViewArgs struct {
	Source  common.Address
	Spender common.Address
	Netuid  *big.Int
}

type claimableArgs struct {
	Hotkey     [32]byte
	Coldkey    [32]byte
	Netuid     *big.Int
	Generation *big.Int
}

func getTotalColdkeyStake(env precompile.Env, a coldkeyArgs) (*big.Int, error) {
	coldkey, err := precompile.KeyAddress(a.Coldkey)
	if err != nil {
		return nil, err
	}
	return TotalColdkeyStake(env.State(), coldkey, false, 0).ToBig(), nil
}

func getTotalColdkeyStakeOnSubnet(env precompile.Env, a coldkeyNetArgs) (*big.Int, error) {
	coldkey, err := precompile.KeyAddress(a.Coldkey)
	if err != nil {
		return nil, err
	}
	k, err := subnetKey(env.State(), a.Netuid)
	if err != nil {
		return nil, err
	}
	return TotalColdkeyStake(env.State(), coldkey, true, k.Netuid).ToBig(), nil
}

func getTotalHotkeyStake(env precompile.Env, a hotkeyArgs) (*big.Int, error) {
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return nil, err
	}
	return TotalHotkeyStake(env.State(), hotkey).ToBig(), nil
}

func getStake(env precompile.Env, a getStakeArgs) (*big.Int, error) {
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return nil, err
	}
	coldkey, err := precompile.KeyAddress(a.Coldkey)
	if err != nil {
		return nil, err
	}
	k, err := subnetKey(env.State(), a.Netuid)
	if err != nil {
		return nil, err
	}
	return protocol.Big(StakeOf(env.State(), k, hotkey, coldkey)), nil
}

func hotkeyNet(env precompile.Env, hk [32]byte, netuid *big.Int) (common.Address, protocol.NetKey, error) {
	hotkey, err := precompile.KeyAddress(hk)
	if err != nil {
		return hotkey, protocol.NetKey{}, err
	}
	k, err := subnetKey(env.State(), netuid)
	return hotkey, k, err
}

func getAlphaStakedValidators(env precompile.Env, a hotkeyNetArgs) ([][32]byte, error) {
	hotkey, k, err := hotkeyNet(env, a.Hotkey, a.Netuid)
	if err != nil {
		return nil, err
	}
	list, _ := Nominators(env.State(), k, hotkey, 0, MaxNominatorsPage)
	return keys(list), nil
}

func getTotalAlphaStaked(env precompile.Env, a hotkeyNetArgs) (*big.Int, error) {
	hotkey, k, err := hotkeyNet(env, a.Hotkey, a.Netuid)
	if err != nil {
		return nil, err
	}
	return protocol.Big(HotkeyAlpha(env.State(), k, hotkey)), nil
}

func getNominators(env precompile.Env, a nominatorsArgs) (nominatorsResult, error) {
	hotkey, k, err := hotkeyNet(env, a.Hotkey, a.Netuid)
	if err != nil {
		return nominatorsResult{}, err
	}
	if a.Limit.Cmp(big.NewInt(MaxNominatorsPage)) > 0 {
		return nominatorsResult{}, precompile.Revert(protocol.ErrValueOutOfBounds, a.Limit, protocol.Big(0), protocol.Big(MaxNominatorsPage))
	}
	offset := uint64(1<<64 - 1)
	if a.Offset.IsUint64() {
		offset = a.Offset.Uint64()
	}
	list, total := Nominators(env.State(), k, hotkey, offset, a.Limit.Uint64())
	return nominatorsResult{Coldkeys: keys(list), Total: protocol.Big(total)}, nil
}

func getNominatorMinRequiredStake(precompile.Env, precompile.None) (*big.Int, error) {
	return new(big.Int), nil
}

func getDelegateTake(env precompile.Env, a hotkeyArgs) (uint16, error) {
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return 0, err
	}
	t, _ := Take(env.State(), hotkey)
	return t, nil
}

func getHotkeyOwner(env precompile.Env, a hotkeyArgs) (common.Address, error) {
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return common.Address{}, err
	}
	return protocol.HotkeyOwner(env.State(), hotkey), nil
}

func getMinStake(env precompile.Env, _ precompile.None) (*big.Int, error) {
	return protocol.Big(protocol.MinStake.Get(env.State())), nil
}

func allowance(env precompile.Env, a allowanceViewArgs) (*big.Int, error) {
	netuid, err := netuidOf(a.Netuid)
	if err != nil {
		return nil, err
	}
	return Allowance(env.State(), a.Source, a.Spender, protocol.Current(env.State(), netuid)).ToBig(), nil
}

func getClaimableDissolvedStake(env precompile.Env, a claimableArgs) (*big.Int, error) {
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return nil, err
	}
	coldkey, err := precompile.KeyAddress(a.Coldkey)
	if err != nil {
		return nil, err
	}
	k, err := claimKey(a.Netuid, a.Generation)
	if err != nil {
		return nil, err
	}
	return protocol.Big(ClaimableOf(env.State(), k, hotkey, coldkey)), nil
}
